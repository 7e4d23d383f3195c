//! The window's icon: the same picture the desktop entry installs, so the
//! task bar shows Majlis as the applications menu does.

/// The 128-pixel icon of `assets/icons`.
const PNG: &[u8] = include_bytes!("../assets/icons/hicolor/128x128/apps/majlis.png");

/// The icon as the window wants it (RGBA pixels), or `None` if it cannot be
/// decoded (the window then has the platform's default icon).
pub fn window_icon() -> Option<egui::IconData> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(PNG));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buffer).ok()?;
    buffer.truncate(info.buffer_size());
    let rgba = match info.color_type {
        png::ColorType::Rgba => buffer,
        png::ColorType::Rgb => buffer
            .chunks_exact(3)
            .flat_map(|pixel| [pixel[0], pixel[1], pixel[2], u8::MAX])
            .collect(),
        _ => return None,
    };
    Some(egui::IconData {
        rgba,
        width: info.width,
        height: info.height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_decodes_to_its_pixels() {
        let icon = window_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        let pixel = |x: usize, y: usize| &icon.rgba[(y * 128 + x) * 4..(y * 128 + x) * 4 + 4];
        // The corner is outside the rounded tile; the middle is the table.
        assert_eq!(pixel(0, 0)[3], 0, "a transparent corner");
        assert_eq!(pixel(64, 64)[3], u8::MAX, "an opaque middle");
        assert!(pixel(64, 64)[0] > 200, "a light table in the middle");
    }
}
