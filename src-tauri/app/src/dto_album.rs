//! JSON shapes of the photo album (see ui/src/ipc/album-types.ts).

use avenir_api::core::InvalidInput;
use avenir_api::core::album::{Category, Message, PageInput};
use avenir_api::core::time::utc_to_local;
use avenir_api::{Album, PageRecord, PhotoRecord};
use chrono::Local;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhotoDto {
    pub id: i64,
    pub width: u32,
    pub height: u32,
    pub thumb_width: u32,
    pub thumb_height: u32,
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

#[derive(Debug, Deserialize, Serialize, Clone)]
pub struct MessageDto {
    pub from: String,
    pub text: String,
}

#[derive(Debug, Deserialize, Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct PageInputDto {
    pub category: String,
    #[serde(default)]
    pub caption: String,
    pub message: Option<MessageDto>,
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

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageDto {
    pub id: i64,
    pub position: u32,
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

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AlbumDto {
    pub client_id: i64,
    pub pages: Vec<PageDto>,
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

#[derive(Debug, Serialize)]
pub struct SavedFileDto {
    pub path: String,
}
