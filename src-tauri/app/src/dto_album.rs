//! JSON shapes of the photo album (declared to the UI in ui/src/ipc/generated/album.ts).

use avenir_api::core::InvalidInput;
use avenir_api::core::album::{Category, Message, PageInput};
use avenir_api::core::time::utc_to_local;
use avenir_api::{Album, PageRecord, PhotoRecord};
use chrono::Local;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A photo stored (re-encoded, without metadata) in a client's album.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhotoDto {
    pub id: i64,
    pub width: u32,
    pub height: u32,
    pub thumb_width: u32,
    pub thumb_height: u32,
    /// Local time, `YYYY-MM-DDTHH:MM`.
    pub imported_at: String,
}

impl From<PhotoRecord> for PhotoDto {
    fn from(p: PhotoRecord) -> Self {
        PhotoDto {
            id: p.id,
            width: p.width,
            height: p.height,
            thumb_width: p.thumb_width,
            thumb_height: p.thumb_height,
            imported_at: utc_to_local(&Local, &p.imported_at).unwrap_or(p.imported_at),
        }
    }
}

/// "A message from": written or dictated by the person who gave it.
#[derive(Debug, Deserialize, Serialize, Clone, TS)]
pub struct MessageDto {
    pub from: String,
    pub text: String,
}

#[derive(Debug, Deserialize, Serialize, Clone, TS)]
#[serde(rename_all = "camelCase")]
pub struct PageInputDto {
    #[ts(as = "avenir_api::core::album::Category")]
    pub category: String,
    /// In the person's language; may be right-to-left.
    #[serde(default)]
    pub caption: String,
    pub message: Option<MessageDto>,
    /// Photo ids in display order; empty for a text-only page.
    #[serde(default)]
    pub photos: Vec<i64>,
}

impl PageInputDto {
    pub fn into_domain(self) -> Result<PageInput, InvalidInput> {
        Ok(PageInput {
            category: Category::parse(&self.category).ok_or(InvalidInput("category"))?,
            caption: self.caption,
            message: self.message.map(|m| Message {
                from: m.from,
                text: m.text,
            }),
            photos: self.photos,
        })
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PageDto {
    pub id: i64,
    /// 0-based position in the album.
    pub position: u32,
    #[ts(as = "avenir_api::core::album::Category")]
    pub category: &'static str,
    pub caption: String,
    pub message: Option<MessageDto>,
    pub photos: Vec<i64>,
}

impl From<PageRecord> for PageDto {
    fn from(p: PageRecord) -> Self {
        PageDto {
            id: p.id,
            position: p.position,
            category: p.input.category.as_str(),
            caption: p.input.caption,
            message: p.input.message.map(|m| MessageDto {
                from: m.from,
                text: m.text,
            }),
            photos: p.input.photos,
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AlbumDto {
    pub client_id: i64,
    pub pages: Vec<PageDto>,
    /// Every photo of the album, including any on no page.
    pub photos: Vec<PhotoDto>,
}

impl From<Album> for AlbumDto {
    fn from(a: Album) -> Self {
        AlbumDto {
            client_id: a.client_id,
            pages: a.pages.into_iter().map(Into::into).collect(),
            photos: a.photos.into_iter().map(Into::into).collect(),
        }
    }
}

/// Where a PDF was written; null when the counsellor cancelled the chooser.
#[derive(Debug, Serialize, TS)]
pub struct SavedFileDto {
    pub path: Option<String>,
}
