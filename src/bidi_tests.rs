use super::*;

use proptest::prelude::*;

fn owned(text: &str) -> String {
    visual(text).into_owned()
}

#[test]
fn latin_is_borrowed() {
    for text in [
        "",
        "   ",
        "Berytech",
        "Crème brûlée",
        "Привет (мир)",
        "🇱🇧 😀",
        "a\nb",
    ] {
        assert!(matches!(visual(text), Cow::Borrowed(_)), "{text:?}");
        assert!(!has_rtl(text), "{text:?}");
    }
}

#[test]
fn has_rtl_detects_arabic_hebrew_and_controls() {
    assert!(has_rtl("جامعة"));
    assert!(has_rtl("Year ٢٠٢٤"));
    assert!(has_rtl("שלום"));
    assert!(has_rtl("\u{202E}abc"));
    assert!(!has_rtl("\u{202A}abc\u{202C}"));
}

#[test]
fn single_arabic_word_keeps_logical_order() {
    // egui reverses the letters of a word itself.
    assert_eq!(owned("جامعة"), "جامعة");
}

#[test]
fn two_word_name_is_reversed_by_word() {
    assert_eq!(owned("جامعة بيرزيت"), "بيرزيت جامعة");
}

#[test]
fn four_word_name() {
    assert_eq!(owned("الجامعة الأميركية في بيروت"), "بيروت في الأميركية الجامعة");
}

#[test]
fn latin_first_keeps_ltr_paragraph() {
    assert_eq!(owned("Berytech بيريتك"), "Berytech بيريتك");
    assert_eq!(owned("Berytech جامعة بيرزيت"), "Berytech بيرزيت جامعة");
}

#[test]
fn arabic_first_makes_rtl_paragraph() {
    assert_eq!(owned("بيريتك Berytech"), "Berytech بيريتك");
    assert_eq!(
        owned("بيريتك Beirut Digital District"),
        "Beirut Digital District بيريتك"
    );
}

#[test]
fn brackets_mirror_in_rtl_paragraph() {
    assert_eq!(owned("جامعة بيرزيت (Birzeit)"), "(Birzeit) بيرزيت جامعة");
    assert_eq!(owned("(مرحبا)"), "(مرحبا)");
    assert_eq!(owned("جامعة [بيرزيت]"), "[بيرزيت] جامعة");
    assert_eq!(owned("أ < ب"), "ب > أ");
}

#[test]
fn arabic_in_brackets_in_ltr_paragraph() {
    assert_eq!(owned("Birzeit (جامعة بيرزيت)"), "Birzeit (بيرزيت جامعة)");
}

#[test]
fn european_digits_in_arabic() {
    assert_eq!(owned("عام 2024"), "2024 عام");
    assert_eq!(owned("الطاولة 12 من 30"), "30 من 12 الطاولة");
}

#[test]
fn arabic_indic_digits_are_pre_reversed() {
    // egui shapes a run of Arabic-Indic digits right to left (script Arabic).
    assert_eq!(owned("عام ٢٠٢٤"), "٤٢٠٢ عام");
    assert_eq!(owned("Year ٢٠٢٤"), "Year ٤٢٠٢");
    assert_eq!(owned("١٢٣"), "٣٢١");
    // Digits touching letters share one font run with them.
    assert_eq!(owned("عام٢٠٢٤"), "عام٤٢٠٢");
}

#[test]
fn harakat_stay_on_their_letters() {
    assert_eq!(owned("مُحَمَّد عَلِي"), "عَلِي مُحَمَّد");
}

#[test]
fn each_line_on_its_own() {
    assert_eq!(owned("جامعة بيرزيت\nBerytech"), "بيرزيت جامعة\nBerytech");
    assert_eq!(owned("Berytech\nجامعة بيرزيت\n"), "Berytech\nبيرزيت جامعة\n");
    assert_eq!(owned("جامعة بيرزيت\r\nx"), "بيرزيت جامعة\r\nx");
}

#[test]
fn bidi_controls_are_applied_then_dropped() {
    assert_eq!(owned("\u{202E}abc\u{202C}"), "cba");
    assert_eq!(owned("\u{200F}"), "");
    assert_eq!(owned("\u{200F}Berytech بيريتك"), "بيريتك Berytech");
    assert_eq!(owned("\u{2067}جامعة بيرزيت\u{2069} 1"), "بيرزيت جامعة 1");
}

#[test]
fn emoji_sequences_survive_rtl_runs() {
    let family = "👨\u{200D}👩\u{200D}👧";
    assert_eq!(owned(&format!("عائلة {family}")), format!("{family} عائلة"));
    assert_eq!(owned("مرحبا 👍🏽"), "👍🏽 مرحبا");
    // Regional indicators are strong left-to-right: the flag makes an LTR paragraph.
    assert_eq!(owned("🇱🇧 بيروت"), "🇱🇧 بيروت");
    assert_eq!(owned("بيروت 🇱🇧"), "🇱🇧 بيروت");
}

#[test]
fn hostile_input_does_not_panic() {
    let inputs = [
        "",
        " ",
        "   ",
        "\n",
        "\n\n\r\r\u{2029}",
        "\u{0651}",
        "\u{0651}\u{0651}ب",
        "\u{202B}",
        "\u{202E}\u{202E}\u{202E}",
        "\u{2069}\u{2069}\u{202C}",
        "\u{2067}\u{2067}\u{2067}",
        "\u{200D}",
        "ب\u{200D}",
        "\u{200D}\u{202E}\u{0301}",
        "\u{FEFF}ب",
        "\u{0600}١٢",
        "\u{FFFD}\u{0000}ب\u{0007}",
        "(((ب",
        "ب)))",
    ];
    for text in inputs {
        let _ = visual(text);
    }
    let deep: String = "\u{202B}".repeat(200) + "ب a";
    let _ = visual(&deep);
}

#[test]
fn arabic_face_model_matches_egui_fonts() {
    let ctx = egui::Context::default();
    crate::fonts::install(&ctx);
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let characters = ctx.fonts_mut(|fonts| fonts.characters(&egui::FontFamily::Proportional).clone());
    let mut mismatches = Vec::new();
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let first_font = characters.get(&c).and_then(|names| names.first());
        let egui_says = first_font.is_some_and(|name| name == crate::fonts::ARABIC_FONT_NAME);
        if egui_says != in_arabic_face(c) {
            mismatches.push(format!("U+{:04X} egui: {first_font:?}", u32::from(c)));
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}

/// The characters of `text` without bidi controls, mirrored pairs unified, sorted.
fn normalized_chars(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text
        .chars()
        .filter(|&c| !is_bidi_control(c))
        .map(|c| match mirror(c) {
            Some(m) if m < c => m,
            _ => c,
        })
        .collect();
    chars.sort_unstable();
    chars
}

proptest! {
    #[test]
    fn never_panics_and_keeps_the_characters(text in any::<String>()) {
        let out = visual(&text);
        prop_assert_eq!(normalized_chars(&out), normalized_chars(&text));
        prop_assert_eq!(out.matches('\n').count(), text.matches('\n').count());
    }

    #[test]
    fn arabic_latin_mix_keeps_the_characters(
        text in "[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0660}-\u{0669}a-z0-9 ()\\[\\]\u{200D}\u{200F}\u{202B}\u{202C}\u{2067}\u{2069}\n]{0,40}"
    ) {
        let out = visual(&text);
        prop_assert_eq!(normalized_chars(&out), normalized_chars(&text));
    }
}
