//! The JSON shapes the UI sees. Only this boundary knows JSON.

use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogueDto {
    pub locale: String,
    pub dir: &'static str,
    pub chain: Vec<ChainEntryDto>,
    pub available: Vec<LocaleInfoDto>,
}

#[derive(Debug, Serialize)]
pub struct ChainEntryDto {
    pub locale: String,
    pub ftl: String,
}

#[derive(Debug, Serialize)]
pub struct LocaleInfoDto {
    pub locale: String,
    pub name: String,
    pub dir: &'static str,
    pub complete: bool,
}

impl From<avenir_i18n::UiCatalogue> for CatalogueDto {
    fn from(c: avenir_i18n::UiCatalogue) -> Self {
        CatalogueDto {
            locale: c.locale,
            dir: c.dir.as_str(),
            chain: c
                .chain
                .into_iter()
                .map(|e| ChainEntryDto {
                    locale: e.locale,
                    ftl: e.ftl,
                })
                .collect(),
            available: c
                .available
                .into_iter()
                .map(|i| LocaleInfoDto {
                    locale: i.tag,
                    name: i.name,
                    dir: i.dir.as_str(),
                    complete: i.complete,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_serialises_in_the_shape_the_ui_expects() {
        let ui = avenir_i18n::Catalogues::embedded()
            .ui_catalogue("ar")
            .unwrap();
        let v = serde_json::to_value(CatalogueDto::from(ui)).unwrap();
        assert_eq!(v["locale"], "ar");
        assert_eq!(v["dir"], "rtl");
        assert_eq!(v["chain"][1]["locale"], "en");
        assert!(
            v["chain"][0]["ftl"]
                .as_str()
                .unwrap()
                .contains("welcome-title")
        );
        let nl = v["available"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["locale"] == "nl")
            .unwrap();
        assert_eq!(
            nl,
            &serde_json::json!({"locale": "nl", "name": "Nederlands", "dir": "ltr", "complete": true})
        );
    }
}
