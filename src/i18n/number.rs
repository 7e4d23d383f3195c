//! Numbers as the interface writes them.

/// `count` with its thousands grouped: `2,000`, `-12,345`.
pub fn group_digits(count: i64) -> String {
    let digits = count.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if count < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::group_digits;

    #[test]
    fn groups_thousands() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(2000), "2,000");
        assert_eq!(group_digits(123_456_789), "123,456,789");
        assert_eq!(group_digits(-12_345), "-12,345");
        assert_eq!(group_digits(i64::MIN), "-9,223,372,036,854,775,808");
    }
}
