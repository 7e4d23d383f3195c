# The command line's merge: `majlis merge`, its mistakes and what it prints.

merge-cli-needs-value = { $option } needs a value: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-unknown-option = Unknown option { $option }: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-needs-output = merge needs a file to write: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-needs-files = merge needs the organiser's file and at least one copy: majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
merge-cli-not-over-copy = The merged meeting would replace the copy { $path }, which is being merged: choose another file to write
merge-cli-not-over-backup = { $path } is a backup: write the merged meeting to another file
merge-cli-newer-format = { $path } was written by a newer version of Majlis (format { $found }; this version knows format { $known }): merging it would lose what this version does not know
merge-cli-counts = Merged { $file }: { $taken_plural ->
    [one] { $taken } record taken from it
   *[other] { $taken } records taken from it
  }, { $combined_plural ->
    [one] { $combined } combined field by field
   *[other] { $combined } combined field by field
  }, { $conflicted_plural ->
    [one] { $conflicted } in conflict
   *[other] { $conflicted } in conflict
  }
merge-cli-nothing-new = Merged { $file }: nothing new
merge-cli-total = In all, from { $files_plural ->
    [one] { $files } file
   *[other] { $files } files
  }: { $taken_plural ->
    [one] { $taken } record brought in
   *[other] { $taken } records brought in
  }, { $combined } combined field by field, { $conflicted } in conflict
merge-cli-conflict = {"  "}{ $conflict }
merge-cli-kept = {"    "}kept: { $value }
merge-cli-kept-absent = {"    "}kept: deleted
merge-cli-set-aside = {"    "}set aside in a note: { $value }
merge-cli-set-aside-absent = {"    "}set aside in a note: deleted
merge-cli-duplicate = {"  "}Possibly the same { $kind ->
    [person] person
   *[organisation] organisation
  }: “{ $ours }” and “{ $theirs }” (both kept, not merged)
merge-cli-saved = Wrote { $path }
merge-cli-saved-over =
    Wrote { $path }
    What it held before is kept as { $copy }
