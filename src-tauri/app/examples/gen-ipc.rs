//! Writes the IPC contract (`ui/src/ipc/generated`): the TypeScript declarations of the types
//! that cross between the UI and the commands, the limits, and the shipped content library.
//! Run by `make gen`; `contract::tests::the_committed_contract_is_current` fails until it has.

use std::collections::BTreeSet;
use std::error::Error;
use std::fs;

use avenir_app::contract;

fn main() -> Result<(), Box<dyn Error>> {
    let root = contract::repo_root();
    let dir = root.join(contract::DIR);
    fs::create_dir_all(&dir)?;
    let files = contract::files();
    let mut changed = 0;
    for (path, contents) in &files {
        let target = root.join(path);
        let before = fs::read_to_string(&target).ok();
        if before.as_deref() == Some(contents.as_str()) {
            continue;
        }
        fs::write(&target, contents)?;
        changed += 1;
        let what = if before.is_some() {
            "updated"
        } else {
            "created"
        };
        println!("{what} {path}");
    }
    let names: BTreeSet<String> = files
        .iter()
        .filter_map(|(p, _)| p.rsplit('/').next().map(str::to_owned))
        .collect();
    for entry in fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !names.contains(&name) {
            fs::remove_file(entry.path())?;
            changed += 1;
            println!("removed {}/{name}", contract::DIR);
        }
    }
    if changed == 0 {
        println!("{} is up to date ({} files)", contract::DIR, files.len());
    }
    Ok(())
}
