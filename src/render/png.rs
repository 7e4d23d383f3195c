//! A picture taken of the window, cropped to one view and written as a PNG
//! file's bytes.

use egui::ColorImage;

/// `image` as an RGBA PNG, cropped to `crop` (`[x, y, width, height]` in
/// pixels; the part outside the image is left out), or why it could not be
/// written. A crop with nothing inside the image is an error, as a PNG
/// cannot be empty.
pub fn encode(image: &ColorImage, crop: Option<[usize; 4]>) -> Result<Vec<u8>, String> {
    let [image_width, image_height] = image.size;
    let [x, y, width, height] = crop.map_or([0, 0, image_width, image_height], |[x, y, w, h]| {
        let x = x.min(image_width);
        let y = y.min(image_height);
        [x, y, w.min(image_width - x), h.min(image_height - y)]
    });
    if width == 0 || height == 0 {
        return Err(format!(
            "nothing to write: the picture is {width}×{height} pixels"
        ));
    }
    let mut rgba = Vec::with_capacity(width * height * 4);
    for row in y..y + height {
        let start = row * image_width + x;
        let pixels = image
            .pixels
            .get(start..start + width)
            .ok_or_else(|| format!("the picture has fewer pixels than its size says ({row})"))?;
        for pixel in pixels {
            rgba.extend_from_slice(&pixel.to_srgba_unmultiplied());
        }
    }
    let (Ok(png_width), Ok(png_height)) = (u32::try_from(width), u32::try_from(height)) else {
        return Err(format!("the picture is too large: {width}×{height} pixels"));
    };
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, png_width, png_height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgba).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use egui::Color32;

    use super::*;

    /// A 4×3 picture whose pixel at (x, y) has red x·10, green y·10.
    fn image() -> ColorImage {
        let mut pixels = Vec::new();
        for y in 0..3u8 {
            for x in 0..4u8 {
                pixels.push(Color32::from_rgb(x * 10, y * 10, 200));
            }
        }
        ColorImage::new([4, 3], pixels)
    }

    fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        assert_eq!(info.color_type, png::ColorType::Rgba);
        buffer.truncate(info.buffer_size());
        (info.width, info.height, buffer)
    }

    #[test]
    fn the_whole_picture_decodes_back_pixel_for_pixel() {
        let (width, height, data) = decode(&encode(&image(), None).unwrap());
        assert_eq!((width, height), (4, 3));
        assert_eq!(&data[..8], &[0, 0, 200, 255, 10, 0, 200, 255]);
        // The last pixel: x = 3, y = 2.
        assert_eq!(&data[data.len() - 4..], &[30, 20, 200, 255]);
    }

    #[test]
    fn a_crop_keeps_only_its_pixels() {
        let (width, height, data) = decode(&encode(&image(), Some([1, 1, 2, 2])).unwrap());
        assert_eq!((width, height), (2, 2));
        assert_eq!(
            data,
            vec![
                10, 10, 200, 255, 20, 10, 200, 255, //
                10, 20, 200, 255, 20, 20, 200, 255,
            ]
        );
    }

    #[test]
    fn a_crop_past_the_edge_is_clamped_to_the_picture() {
        let (width, height, data) = decode(&encode(&image(), Some([2, 1, 50, 50])).unwrap());
        assert_eq!((width, height), (2, 2));
        assert_eq!(&data[..4], &[20, 10, 200, 255]);
        assert_eq!(&data[12..], &[30, 20, 200, 255]);
    }

    #[test]
    fn translucent_pixels_keep_their_colour_and_alpha() {
        let pixel = Color32::from_rgba_unmultiplied(200, 100, 50, 128);
        let image = ColorImage::new([1, 1], vec![pixel]);
        let (_, _, data) = decode(&encode(&image, None).unwrap());
        assert_eq!(data[3], 128);
        for (got, want) in data[..3].iter().zip([200u8, 100, 50]) {
            assert!(got.abs_diff(want) <= 2, "{data:?}");
        }
    }

    #[test]
    fn a_crop_outside_the_picture_is_an_error() {
        assert!(encode(&image(), Some([4, 0, 2, 2])).is_err());
        assert!(encode(&image(), Some([0, 0, 0, 2])).is_err());
    }
}
