use super::*;

use proptest::prelude::*;

/// "meeting ESCWA in 2007 Beirut", Arabic with a Latin word and European digits.
const MIXED: &str = "اجتماع ESCWA في 2007 بيروت";

fn typed(text: &str) -> Editor {
    let mut editor = Editor::new("", true);
    for c in text.chars() {
        editor.insert(&c.to_string());
    }
    editor
}

fn at(text: &str, caret: usize) -> Editor {
    let mut editor = Editor::new(text, true);
    editor.set_caret(caret, Affinity::Upstream, false);
    editor
}

#[test]
fn typing_keeps_logical_order() {
    let editor = typed("مرحبا بكم");
    assert_eq!(editor.text(), "مرحبا بكم");
    assert_eq!(editor.caret(), 9);
    assert!(!editor.has_selection());
}

#[test]
fn empty_text_is_harmless() {
    let mut editor = Editor::new("", false);
    assert!(!editor.backspace());
    assert!(!editor.delete());
    assert!(!editor.delete_word_backward());
    for motion in [
        Motion::Forward,
        Motion::Backward,
        Motion::WordForward,
        Motion::WordBackward,
        Motion::LineStart,
        Motion::LineEnd,
        Motion::LineUp,
        Motion::LineDown,
    ] {
        editor.move_caret(motion, true);
        assert_eq!((editor.caret(), editor.anchor()), (0, 0), "{motion:?}");
    }
    editor.select_all();
    editor.select_word_at(3);
    assert_eq!(editor.cut(), None);
    assert!(!editor.undo());
    assert!(!editor.redo());
    assert_eq!(editor.text(), "");
}

#[test]
fn insert_replaces_the_selection() {
    let mut editor = Editor::new(MIXED, false);
    // Select "ESCWA" (chars 7..12) across the change of direction.
    editor.set_caret(7, Affinity::Downstream, false);
    editor.set_caret(12, Affinity::Upstream, true);
    assert_eq!(editor.selected_text(), "ESCWA");
    editor.insert("الإسكوا");
    assert_eq!(editor.text(), "اجتماع الإسكوا في 2007 بيروت");
    assert_eq!(editor.caret(), 14);
}

#[test]
fn selection_across_directions_is_logical() {
    // From inside the first Arabic word to inside the number.
    let mut editor = at(MIXED, 3);
    for _ in 0..15 {
        editor.move_caret(Motion::Forward, true);
    }
    assert_eq!(editor.selection(), 3..18);
    assert_eq!(editor.selected_text(), "ماع ESCWA في 20");
    assert_eq!(editor.copy().as_deref(), Some("ماع ESCWA في 20"));
    let cut = editor.cut();
    assert_eq!(cut.as_deref(), Some("ماع ESCWA في 20"));
    assert_eq!(editor.text(), "اجت07 بيروت");
    assert_eq!(editor.caret(), 3);
}

#[test]
fn collapsing_a_selection_goes_to_its_ends() {
    let mut editor = at(MIXED, 7);
    editor.move_caret(Motion::WordForward, true);
    assert_eq!(editor.selection(), 7..12);
    editor.move_caret(Motion::Backward, false);
    assert_eq!((editor.caret(), editor.anchor()), (7, 7));
    editor.move_caret(Motion::WordForward, true);
    editor.move_caret(Motion::Forward, false);
    assert_eq!((editor.caret(), editor.anchor()), (12, 12));
}

#[test]
fn arrows_follow_the_paragraph_direction() {
    // Right-to-left paragraph: Left moves on, Right moves back.
    let mut editor = at(MIXED, 0);
    editor.move_left(false, false);
    assert_eq!(editor.caret(), 1);
    editor.move_right(false, false);
    assert_eq!(editor.caret(), 0);
    editor.move_right(false, false);
    assert_eq!(editor.caret(), 0, "stays at the start");
    // Left-to-right paragraph: the usual way.
    let mut editor = at("Beirut بيروت", 0);
    editor.move_right(false, false);
    assert_eq!(editor.caret(), 1);
    editor.move_left(false, false);
    assert_eq!(editor.caret(), 0);
    // Each line has its own direction.
    let mut editor = at("Beirut\nبيروت", 8);
    editor.move_left(false, false);
    assert_eq!(editor.caret(), 9);
}

#[test]
fn words_in_mixed_text() {
    let mut editor = at(MIXED, 0);
    let mut stops = Vec::new();
    for _ in 0..6 {
        editor.move_caret(Motion::WordForward, false);
        stops.push(editor.caret());
    }
    assert_eq!(stops, [6, 12, 15, 20, 26, 26]);
    let mut stops = Vec::new();
    for _ in 0..6 {
        editor.move_caret(Motion::WordBackward, false);
        stops.push(editor.caret());
    }
    assert_eq!(stops, [21, 16, 13, 7, 0, 0]);
    // Ctrl+Left in a right-to-left paragraph goes on by a word.
    editor.move_left(true, false);
    assert_eq!(editor.caret(), 6);
}

#[test]
fn arabic_indic_digits_are_a_word() {
    let mut editor = at("عام ٢٠٢٤ م", 4);
    editor.move_caret(Motion::WordForward, true);
    assert_eq!(editor.selected_text(), "٢٠٢٤");
    editor.select_word_at(6);
    assert_eq!(editor.selected_text(), "٢٠٢٤");
}

#[test]
fn harakat_stay_with_their_letter() {
    // مَرْحَبًا: each letter with its mark is one caret step.
    let text = "مَرْحَبًا";
    let mut editor = at(text, 0);
    let mut stops = vec![0];
    for _ in 0..6 {
        editor.move_caret(Motion::Forward, false);
        stops.push(editor.caret());
    }
    assert_eq!(stops, [0, 2, 4, 6, 8, 9, 9]);
    // A caret set inside a cluster snaps to its start.
    editor.set_caret(3, Affinity::Upstream, false);
    assert_eq!(editor.caret(), 2);
    // Delete takes the letter with its mark.
    assert!(editor.delete());
    assert_eq!(editor.text(), "مَحَبًا");
}

#[test]
fn backspace_removes_a_mark_alone() {
    let mut editor = typed("مَ");
    assert!(editor.backspace());
    assert_eq!(editor.text(), "م", "the haraka goes, the letter stays");
    assert!(editor.backspace());
    assert_eq!(editor.text(), "");
}

#[test]
fn emoji_sequences_are_one_cluster() {
    let family = "👨\u{200D}👩\u{200D}👧";
    let text = format!("a{family}b");
    let mut editor = at(&text, 1);
    editor.move_caret(Motion::Forward, false);
    assert_eq!(editor.caret(), 6);
    assert!(editor.backspace());
    assert_eq!(editor.text(), "ab", "the whole family goes at once");
    let mut editor = at("🇱🇧🇫🇷", 0);
    assert!(editor.delete());
    assert_eq!(editor.text(), "🇫🇷");
}

#[test]
fn typing_a_mark_joins_the_letter_before() {
    let mut editor = typed("ب");
    editor.insert("\u{64E}");
    assert_eq!(editor.text(), "بَ");
    assert_eq!(editor.caret(), 2);
    // A joiner typed between two letters makes one cluster of them: the caret goes past.
    let mut editor = at("ab", 1);
    editor.insert("\u{200D}");
    assert_eq!(editor.caret(), 3);
}

#[test]
fn home_end_and_lines() {
    let text = "سطر أول\nsecond line\nثالث";
    let mut editor = at(text, 10);
    editor.move_caret(Motion::LineStart, false);
    assert_eq!(editor.caret(), 8);
    editor.move_caret(Motion::LineEnd, true);
    assert_eq!(editor.selected_text(), "second line");
    editor.move_caret(Motion::LineUp, false);
    assert_eq!(
        editor.caret(),
        7,
        "column 11 clamps to the end of the shorter line"
    );
    editor.move_caret(Motion::LineDown, false);
    editor.move_caret(Motion::LineDown, false);
    assert_eq!(editor.caret(), 24);
    editor.move_caret(Motion::LineDown, false);
    assert_eq!(editor.caret(), editor.len());
    editor.move_caret(Motion::TextStart, true);
    assert_eq!(editor.selection(), 0..editor.len());
    assert_eq!(editor.line_range(7), 0..7);
    assert_eq!(editor.line_range(8), 8..19);
}

#[test]
fn single_line_fields_turn_breaks_into_spaces() {
    let mut editor = Editor::new("", false);
    editor.insert("سطر\r\nثان\nthird");
    assert_eq!(editor.text(), "سطر ثان third");
    let mut editor = Editor::new("", true);
    editor.insert("a\r\nb\rc");
    assert_eq!(editor.text(), "a\nb\nc");
}

#[test]
fn undo_groups_typing_by_word() {
    let mut editor = typed("مرحبا بكم");
    assert!(editor.undo());
    assert_eq!(editor.text(), "مرحبا ");
    assert!(editor.undo());
    assert_eq!(editor.text(), "");
    assert!(!editor.undo());
    assert!(editor.redo());
    assert_eq!(editor.text(), "مرحبا ");
    assert!(editor.redo());
    assert_eq!(editor.text(), "مرحبا بكم");
    assert_eq!(editor.caret(), 9);
    assert!(!editor.redo());
}

#[test]
fn undo_groups_backspaces_and_breaks_on_moves() {
    let mut editor = typed("abc def");
    editor.backspace();
    editor.backspace();
    editor.move_caret(Motion::TextStart, false);
    editor.delete();
    assert_eq!(editor.text(), "bc d");
    assert!(editor.undo());
    assert_eq!(editor.text(), "abc d");
    assert!(editor.undo());
    assert_eq!(editor.text(), "abc def");
    assert_eq!(editor.caret(), 7);
    // A new edit after undo forgets the redo steps.
    editor.insert("!");
    assert!(!editor.redo());
}

#[test]
fn undo_restores_a_replaced_selection() {
    let mut editor = Editor::new(MIXED, false);
    editor.select_all();
    editor.insert("x");
    assert_eq!(editor.text(), "x");
    assert!(editor.undo());
    assert_eq!(editor.text(), MIXED);
    assert_eq!(editor.selection(), 0..editor.len());
}

#[test]
fn set_text_from_outside_keeps_a_valid_caret() {
    let mut editor = typed("مرحبا بكم");
    editor.set_text("مَ");
    assert_eq!(editor.caret(), 2, "9 is past the end");
    editor.set_caret(1, Affinity::Upstream, false);
    assert_eq!(editor.caret(), 0, "1 would split the cluster");
    assert!(!editor.undo(), "the history belonged to the old text");
    editor.set_text("long enough text");
    assert!(editor.caret() <= editor.len());
}

#[test]
fn word_deletion() {
    let mut editor = at(MIXED, 12);
    assert!(editor.delete_word_backward());
    assert_eq!(editor.text(), "اجتماع  في 2007 بيروت");
    assert!(editor.delete_word_forward());
    assert_eq!(editor.text(), "اجتماع  2007 بيروت");
}

#[test]
fn affinity_follows_the_last_move() {
    let mut editor = at(MIXED, 7);
    editor.move_caret(Motion::Backward, false);
    assert_eq!(editor.affinity(), Affinity::Downstream);
    editor.move_caret(Motion::Forward, false);
    assert_eq!(editor.affinity(), Affinity::Upstream);
    editor.move_caret(Motion::LineStart, false);
    assert_eq!(editor.affinity(), Affinity::Downstream);
    editor.insert("x");
    assert_eq!(editor.affinity(), Affinity::Upstream);
}

/// One operation of the property test.
#[derive(Clone, Debug)]
enum Op {
    Insert(String),
    Backspace,
    Delete,
    DeleteWordBackward,
    DeleteWordForward,
    Move(usize, bool),
    Left(bool, bool),
    Right(bool, bool),
    SetCaret(usize, bool),
    SelectAll,
    SelectWord(usize),
    Cut,
    Undo,
    Redo,
    SetText(String),
}

const MOTIONS: [Motion; 10] = [
    Motion::Forward,
    Motion::Backward,
    Motion::WordForward,
    Motion::WordBackward,
    Motion::LineStart,
    Motion::LineEnd,
    Motion::TextStart,
    Motion::TextEnd,
    Motion::LineUp,
    Motion::LineDown,
];

fn text_strategy() -> impl Strategy<Value = String> {
    // Arabic letters and harakat, Latin, both kinds of digits, spaces, line
    // breaks, joiners, bidi controls, emoji and flags.
    prop::collection::vec(
        prop::sample::select(vec![
            "م", "ر", "ح", "ب", "ا", "ل", "\u{64E}", "\u{652}", "\u{651}", "a", "Z", "1", "٢", " ", "\n",
            "\r", "\u{200D}", "\u{200C}", "\u{200F}", "\u{202B}", "👨", "👩", "🇱", "🇧", "(", "،", "\u{301}",
        ]),
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn op_strategy() -> impl Strategy<Value = Op> {
    prop_oneof![
        text_strategy().prop_map(Op::Insert),
        Just(Op::Backspace),
        Just(Op::Delete),
        Just(Op::DeleteWordBackward),
        Just(Op::DeleteWordForward),
        (0..MOTIONS.len(), any::<bool>()).prop_map(|(m, e)| Op::Move(m, e)),
        (any::<bool>(), any::<bool>()).prop_map(|(w, e)| Op::Left(w, e)),
        (any::<bool>(), any::<bool>()).prop_map(|(w, e)| Op::Right(w, e)),
        (0..40_usize, any::<bool>()).prop_map(|(p, e)| Op::SetCaret(p, e)),
        Just(Op::SelectAll),
        (0..40_usize).prop_map(Op::SelectWord),
        Just(Op::Cut),
        Just(Op::Undo),
        Just(Op::Redo),
        text_strategy().prop_map(Op::SetText),
    ]
}

fn apply(editor: &mut Editor, op: &Op) {
    match op {
        Op::Insert(text) => {
            editor.insert(text);
        }
        Op::Backspace => {
            editor.backspace();
        }
        Op::Delete => {
            editor.delete();
        }
        Op::DeleteWordBackward => {
            editor.delete_word_backward();
        }
        Op::DeleteWordForward => {
            editor.delete_word_forward();
        }
        Op::Move(motion, extend) => editor.move_caret(MOTIONS[*motion], *extend),
        Op::Left(word, extend) => editor.move_left(*word, *extend),
        Op::Right(word, extend) => editor.move_right(*word, *extend),
        Op::SetCaret(position, extend) => editor.set_caret(*position, Affinity::Upstream, *extend),
        Op::SelectAll => editor.select_all(),
        Op::SelectWord(position) => editor.select_word_at(*position),
        Op::Cut => {
            editor.cut();
        }
        Op::Undo => {
            editor.undo();
        }
        Op::Redo => {
            editor.redo();
        }
        Op::SetText(text) => editor.set_text(text),
    }
}

proptest! {
    #[test]
    fn no_sequence_of_operations_breaks_the_invariants(
        multiline in any::<bool>(),
        start in text_strategy(),
        ops in prop::collection::vec(op_strategy(), 0..40),
    ) {
        let mut editor = Editor::new(&start, multiline);
        let mut may_break = start.contains(['\n', '\r']);
        for op in &ops {
            if let Op::SetText(text) = op {
                may_break = text.contains(['\n', '\r']);
            }
            apply(&mut editor, op);
            let bounds = segment::boundaries(editor.text());
            prop_assert_eq!(editor.boundaries(), &bounds[..], "after {:?}", op);
            prop_assert_eq!(editor.len(), editor.text().chars().count());
            prop_assert!(bounds.contains(&editor.caret()), "caret {} after {:?}", editor.caret(), op);
            prop_assert!(bounds.contains(&editor.anchor()), "anchor {} after {:?}", editor.anchor(), op);
            let selected = editor.selected_text();
            prop_assert_eq!(selected.chars().count(), editor.selection().len());
            if !multiline && !may_break {
                prop_assert!(!editor.text().contains(['\n', '\r']), "a line break in a single-line field");
            }
        }
    }

    #[test]
    fn undo_then_redo_returns_to_the_same_text(
        start in text_strategy(),
        ops in prop::collection::vec(op_strategy(), 0..20),
    ) {
        let mut editor = Editor::new(&start, true);
        for op in ops.iter().filter(|op| !matches!(op, Op::Undo | Op::Redo | Op::SetText(_))) {
            apply(&mut editor, op);
        }
        let end = editor.text().to_owned();
        while editor.undo() {}
        prop_assert_eq!(editor.text(), start.as_str());
        while editor.redo() {}
        prop_assert_eq!(editor.text(), end.as_str());
    }
}
