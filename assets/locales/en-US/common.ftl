# Shared by several panels, and the example the catalogue's own tests use.

i18n-example = { $name } has { $count_plural ->
    [one] { $count } person
   *[other] { $count } people
}

# A drop-down filter that keeps everything
common-filter-all = All
