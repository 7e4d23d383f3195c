# The command line: its help, its mistakes and what its commands print.

cli-help =
    Majlis: run a partnership-building meeting offline

    Usage:
      majlis [FILE.ron]        Open the window, with FILE.ron if given
      majlis check FILE.ron    Read FILE.ron without a window and print a summary;
                               exits with 1 and the reason if it cannot be read
      majlis generate --scale N [--seed S] [--prospects P] -o FILE.ron
                               Write a made-up meeting N times the size of a large
                               real one (N = 1: 200 organisations, 2,000 people),
                               to try or measure Majlis on a big meeting; the same
                               N and S always give the same file. --prospects
                               adds P organisations not invited yet
      majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
                               Add the organisations of one list and the people
                               of another (one or both; CSV in UTF-8 or
                               Windows-1256, separated by commas, semicolons or
                               tabs) to FILE.ron, organisations first, merging
                               those already there: empty fields are filled, a
                               different value is kept and reported. Print what
                               was added, merged and rejected, with line
                               numbers. FILE.ron is first copied to
                               FILE.before-import-DATE.ron; with --dry-run
                               nothing is written
      majlis export FILE.ron --people OUT.csv [--internal]
      majlis export FILE.ron --organisations OUT.csv [--internal]
                               Write the people or the organisations of FILE.ron
                               as a spreadsheet (CSV, UTF-8), for the public:
                               no one who did not consent, no contact details
                               kept for the organisers; with --internal, for
                               the organisers: everyone and everything, which
                               majlis import reads back as the same people and
                               organisations
      majlis export FILE.ron --format csv|gexf [--internal] -o OUT
                               For other tools, for the public unless
                               --internal: with csv, every table (organisations,
                               people, partnerships, action items, leads) as a
                               CSV file in the folder OUT, made if missing; with
                               gexf, the network of organisations linked by
                               their shared partnerships as the file OUT, which
                               Gephi opens
      majlis copy FILE.ron -o COPY.ron [--round-table ITEM] [--with-contacts]
                               Write a copy of FILE.ron for a rapporteur, which
                               remembers the version it came from so that it can
                               be merged back; it opens on the agenda item ITEM
                               (a title, the beginning of one, or an id) if
                               given. Contact details and what is for the
                               organisers only stay out unless --with-contacts
      majlis merge FILE.ron COPY.ron [MORE.ron ...] -o OUT.ron
                               Merge the rapporteurs' copies into the organiser's
                               FILE.ron, one after the other, and write the
                               result to OUT.ron (which may be FILE.ron). What
                               only one side changed is taken; a value changed
                               differently on both sides keeps the first file's,
                               and the other is kept in a note on the record.
                               Print the conflicts with both values, and the
                               organisations and people that may be the same
                               (not merged). An existing OUT.ron is first copied
                               to OUT.before-merge-DATE.ron
      majlis report FILE.ron --format html|md [--internal] [--language en|ar] [--sections LIST] -o OUT
                               Write the working report of FILE.ron as one HTML
                               or Markdown file (the format may also be read
                               from the ending of OUT), for the public: nothing
                               kept for the organisers, no contact details and
                               no one person's participation; with --internal,
                               for the organisers. In English, or in Arabic
                               with --language ar. --sections takes only the
                               sections named, separated by commas: facts,
                               agenda, items, participation, partnerships,
                               network, financing, follow-up
      majlis report FILE.ron --official --format html|md [--internal] [--language en|ar] -o OUT
                               Write the official meeting report, which has
                               its own sections, instead of the working report
      majlis report FILE.ron --per-organisation --format html|md [--internal] [--language en|ar] -o DIR
                               Write a follow-up pack for each organisation, one
                               file each, into the folder DIR, made if missing
      majlis report FILE.ron --printable programme|participants|signature-sheets|name-cards
                    --format html|md [--language en|ar] -o OUT
                               Write a document to print for the day: the
                               programme, the list of participants, a signature
                               sheet for each day or the name cards
      majlis shortlist FILE.ron [--top N] [--format md|csv]
                               Print the organisations of FILE.ron not invited
                               yet, ranked by what each would bring to
                               partnerships with those confirmed, the best N
                               first (20 unless given), with the points of each
                               part and the reasons: a Markdown table, or CSV
      majlis --help            Show this help
      majlis --version         Show the version
cli-version = majlis { $version }
cli-man-description = Majlis runs a partnership-building meeting offline: the agenda against the clock, the speakers' queue, the partnership board, financing and the meeting's report. Without a command it opens its window, with FILE if given.
cli-man-files = Session files are RON text, named NAME.majlis.ron; the desktop opens them with Majlis. Any .ron file opens in Majlis too.
cli-check-needs-file = check needs a file: majlis check FILE.ron
cli-unknown-option = Unknown option { $option }
cli-unexpected-arguments = Unexpected arguments: { $arguments }
cli-generate-needs-value = { $option } needs a value: majlis generate --scale N [--seed S] -o FILE.ron
cli-generate-unknown-option = Unknown option { $option }: majlis generate --scale N [--seed S] -o FILE.ron
cli-generate-needs-file = generate needs a file: majlis generate --scale N [--seed S] -o FILE.ron
cli-scale-not-a-number = The scale must be a whole number, not { $value }
cli-scale-too-small = The scale must be at least 1
cli-seed-not-a-number = The seed must be a whole number, not { $value }
cli-file-error = { $path }: { $reason }
cli-generated =
    Wrote { $path }
    { $summary }
cli-check-backup =
    { $reason }
    The backup kept by the last save can be read. Open it with: majlis { $backup }
    It opens read-only; use Save as… to keep it under a new name
cli-check-warning =
    { $summary }
    Warning: { $warning }
cli-no-recovery-folder = No folder for recovery files: set MAJLIS_DATA_DIR
cli-window-failed = Majlis could not open its window: { $reason }
cli-script-stdin-failed = Could not read standard input: { $reason }
cli-script-autosave-failed = Autosave failed: { $reason }
cli-script-unknown-line = Unknown script line: { $line }
cli-import-needs-value = { $option } needs a value: majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
cli-import-unknown-option = Unknown option { $option }: majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
cli-import-needs-files = import needs a meeting and a list: majlis import FILE.ron [--organisations LIST.csv] [--people LIST.csv] [--dry-run]
cli-import-no-name-column = { $path }: no column holds names; the headers are { $headers }
cli-import-no-organisation-column = { $path }: no column holds names of organisations; the headers are { $headers }
cli-import-people-list = { $path } is a list of people (it has a column “{ $column }”): import it with --people
cli-import-organisations-list = { $path } is a list of organisations: import it with --organisations
cli-import-backup = { $path } is a backup: open it and use Save as… before importing into it
cli-import-read = Read { $path } ({ $encoding }, { $separator ->
    [semicolon] separated by semicolons
    [tab] separated by tabs
   *[comma] separated by commas
  })
cli-import-line = Line { $line }: { $text }
cli-import-dry-run = Dry run: nothing was written
cli-import-nothing-to-do = Nothing to change: the meeting was not written
cli-import-saved =
    Saved { $path }
    The meeting as it was before is kept as { $copy }
