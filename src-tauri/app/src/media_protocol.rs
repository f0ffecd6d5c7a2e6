//! `avenir-media://localhost/{thumb,photo}/<id>`: album photos for the counsellor window, read
//! from the open vault into memory and answered with `Cache-Control: no-store`, so no image is
//! ever written to a cache. Any other window (the projector), a locked vault, or an unknown id
//! gets an empty error response.

use avenir_api::PhotoSize;
use tauri::http::{Request, Response, StatusCode, header};
use tauri::{Manager, Runtime, UriSchemeContext};

use crate::state::AppState;

pub const SCHEME: &str = "avenir-media";

/// The only window that may load photos.
const ALLOWED_WINDOW: &str = "main";

fn empty(status: StatusCode) -> Response<Vec<u8>> {
    let mut r = Response::new(Vec::new());
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    r
}

/// `/thumb/12` → (Thumb, 12).
fn parse(path: &str) -> Option<(PhotoSize, i64)> {
    let mut parts = path.trim_start_matches('/').split('/');
    let size = match parts.next()? {
        "thumb" => PhotoSize::Thumb,
        "photo" => PhotoSize::Image,
        _ => return None,
    };
    let id: i64 = parts.next()?.parse().ok()?;
    (parts.next().is_none() && id > 0).then_some((size, id))
}

pub fn respond<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
) -> Response<Vec<u8>> {
    let state = ctx.app_handle().state::<AppState>();
    answer(ctx.webview_label(), request.uri().path(), |size, id| {
        state.photo_bytes(id, size).map_err(|_| ())
    })
}

/// The response for `path` asked by the window `label`; `lookup` reads the open vault
/// (`Err` when it is locked).
fn answer(
    label: &str,
    path: &str,
    lookup: impl FnOnce(PhotoSize, i64) -> Result<Option<Vec<u8>>, ()>,
) -> Response<Vec<u8>> {
    if label != ALLOWED_WINDOW {
        return empty(StatusCode::FORBIDDEN);
    }
    let Some((size, id)) = parse(path) else {
        return empty(StatusCode::NOT_FOUND);
    };
    match lookup(size, id) {
        Ok(Some(bytes)) => {
            let mut r = Response::new(bytes);
            let h = r.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                header::HeaderValue::from_static("image/jpeg"),
            );
            h.insert(
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            );
            r
        }
        Ok(None) => empty(StatusCode::NOT_FOUND),
        Err(()) => empty(StatusCode::FORBIDDEN),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_thumb_and_photo_paths_with_an_id_are_served() {
        assert_eq!(parse("/thumb/12"), Some((PhotoSize::Thumb, 12)));
        assert_eq!(parse("/photo/3"), Some((PhotoSize::Image, 3)));
        for bad in [
            "/thumb/",
            "/thumb/x",
            "/thumb/0",
            "/thumb/-1",
            "/raw/3",
            "/photo/3/x",
            "/",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn photos_go_only_to_the_counsellor_window_never_into_a_cache() {
        let jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0];
        let ok = answer("main", "/thumb/7", |size, id| {
            assert_eq!((size, id), (PhotoSize::Thumb, 7));
            Ok(Some(jpeg.clone()))
        });
        assert_eq!(ok.status(), StatusCode::OK);
        assert_eq!(ok.headers()[header::CACHE_CONTROL], "no-store");
        assert_eq!(ok.headers()[header::CONTENT_TYPE], "image/jpeg");
        assert_eq!(ok.body(), &jpeg);

        let projector = answer("projector", "/thumb/7", |_, _| {
            panic!("the vault is not read")
        });
        assert_eq!(projector.status(), StatusCode::FORBIDDEN);
        assert!(projector.body().is_empty());
        let locked = answer("main", "/photo/7", |_, _| Err(()));
        assert_eq!(locked.status(), StatusCode::FORBIDDEN);
        let missing = answer("main", "/photo/7", |_, _| Ok(None));
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        for r in [projector, locked, missing] {
            assert_eq!(r.headers()[header::CACHE_CONTROL], "no-store");
        }
    }
}
