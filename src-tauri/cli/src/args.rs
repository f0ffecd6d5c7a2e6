//! The command line's arguments (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "avenir-cli",
    version,
    about = "Avenir's administrator tool: create, check and re-key vaults, counts, demo data, photo import, handover, referral directory, support explorer"
)]
pub struct Cli {
    /// The vault (a profile folder: header, vault.db, label).
    #[arg(long, global = true, value_name = "DIR")]
    pub vault: Option<PathBuf>,
    /// Open the vault with the recovery key instead of the passphrase (asked for without echo,
    /// or AVENIR_RECOVERY_KEY; setting that variable alone does the same).
    #[arg(long, global = true)]
    pub recovery: bool,
    #[command(subcommand)]
    pub command: Cmd,
}

#[derive(Subcommand)]
pub enum Cmd {
    /// Create a vault (passphrase asked twice, or AVENIR_PASSPHRASE); prints the recovery key once.
    Init {
        /// The profile's name, e.g. "Counsellor A" — never a client's name.
        #[arg(long)]
        label: String,
        /// Calibrate key derivation to about this long here (never below Argon2id 64 MiB, t=3).
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        kdf_target_ms: u32,
    },
    /// Check the header, the key, the write-ahead log and every page of the database, read-only
    /// (no migration, nothing written).
    Verify,
    /// Re-wrap the data key under a new passphrase (AVENIR_NEW_PASSPHRASE or prompt); the
    /// current secret may be the recovery key (--recovery).
    ChangePassphrase,
    /// Re-wrap the data key under a new recovery key, printed once; the old one stops working.
    RotateRecovery,
    /// Give the vault a new data key and a new recovery key (printed once), with progress on
    /// stderr; old header copies and recovery sheets open nothing afterwards. With --recovery a
    /// new passphrase is needed too (AVENIR_NEW_PASSPHRASE or prompt).
    Rekey,
    /// Counts only.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Client codes with their last session and next follow-up (no notes, no private fields).
    Clients {
        #[arg(long)]
        json: bool,
    },
    /// Write an encrypted backup of the vault to FILE and test-restore it (it opens with the
    /// vault's passphrase or recovery key).
    Backup {
        /// The backup file to create (it must not exist).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Check a backup file completely: decrypt it, check every page, count what it holds.
    BackupVerify {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Restore a backup file as a new vault in the folder given by --vault (it must not exist).
    Restore {
        file: PathBuf,
        /// The new profile's name (default: the name in the backup).
        #[arg(long)]
        label: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Add fictional demo clients (codes DEMO-…) with sessions, for training and benchmarks.
    SeedDemo {
        /// Generated clients DEMO-0001… (for benchmarks and volume).
        #[arg(long, default_value_t = 0)]
        clients: u32,
        #[arg(long, default_value_t = 5)]
        sessions: u32,
        /// Also the handful of realistic fictional files of assets/demo/demo-clients.json.
        #[arg(long)]
        files: bool,
    },
    /// Add photos to a client's album, one page per photo (same limits and metadata removal as
    /// the app; the original files are not changed or copied).
    AlbumImport {
        /// The client's code.
        #[arg(long)]
        client: String,
        /// JPEG, PNG or WebP files.
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
    },
    #[command(flatten)]
    Handover(crate::handover::HandoverCmd),
    #[command(flatten)]
    Directory(crate::directory::DirectoryCmd),
    /// Which support may apply to a household on a date, per pathway, from the dated rules (no
    /// vault needed; nothing is stored). A return partner or a legal adviser confirms.
    Explore(crate::explore::ExploreArgs),
}
