# Shared by several panels, and the example the catalogue's own tests use, in Arabic.

i18n-example = { $count_plural ->
    [zero] ليس لدى { $name } أي شخص
    [one] لدى { $name } شخص واحد
    [two] لدى { $name } شخصان
    [few] لدى { $name } { $count } أشخاص
    [many] لدى { $name } { $count } شخصًا
   *[other] لدى { $name } { $count } شخص
}

# A drop-down filter that keeps everything
common-filter-all = الكل
