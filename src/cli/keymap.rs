//! `briefing keymap`: the keys in effect, and checking keymap files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::keymap::{Keymap, KeymapError};

/// The user's own keymap file, if there is one.
fn user_file() -> Option<PathBuf> {
    super::config_dir()
        .map(|d| d.join("keymap.toml"))
        .filter(|p| p.is_file())
}

fn read(path: &Path) -> Result<(Keymap, Vec<KeymapError>)> {
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read keymap {}", path.display()))?;
    Ok(Keymap::parse(&source, &path.display().to_string()))
}

/// The keymap the reader uses: defaults, merged with `--keymap FILE` (whose errors are fatal) or
/// the user's own file (whose errors are shown in a banner, keeping every valid binding).
pub fn effective(explicit: Option<&Path>) -> Result<(Keymap, Vec<String>)> {
    let defaults = Keymap::defaults();
    if let Some(path) = explicit {
        let (user, errors) = read(path)?;
        if let Some(first) = errors.first() {
            let more = match errors.len() {
                1 => String::new(),
                n => format!(
                    " (and {} more; run `briefing keymap --check {}`)",
                    n - 1,
                    path.display()
                ),
            };
            bail!("{first}{more}");
        }
        return Ok((defaults.merged(user), Vec::new()));
    }
    match user_file() {
        Some(path) => match read(&path) {
            Ok((user, errors)) => Ok((
                defaults.merged(user),
                errors.iter().map(ToString::to_string).collect(),
            )),
            Err(e) => Ok((defaults, vec![format!("{e:#}")])),
        },
        None => Ok((defaults, Vec::new())),
    }
}

pub fn run(explicit: Option<&Path>, check: Option<Option<PathBuf>>) -> Result<ExitCode> {
    match check {
        Some(file) => {
            let Some(path) = file
                .or_else(|| explicit.map(Path::to_path_buf))
                .or_else(user_file)
            else {
                println!("no keymap file to check: the built-in keys are in use");
                return Ok(ExitCode::SUCCESS);
            };
            let (_, errors) = read(&path)?;
            if errors.is_empty() {
                println!("{}: ok", path.display());
                Ok(ExitCode::SUCCESS)
            } else {
                for e in &errors {
                    eprintln!("error: {e}");
                }
                Ok(ExitCode::from(2))
            }
        }
        None => {
            let (keymap, banner) = effective(explicit)?;
            for problem in banner {
                eprintln!("warning: {problem}");
            }
            print!("{}", keymap.to_toml());
            Ok(ExitCode::SUCCESS)
        }
    }
}
