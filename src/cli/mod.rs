//! The command line: arguments, and the subcommands that print the corpus as text or JSON.

mod facts;
mod keymap;
mod list;
mod search;
mod show;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

use crate::corpus::{BuildOptions, Corpus};
use crate::settings::Settings;
use crate::topics::TopicsFile;

/// A terminal reader for policy briefings: topics, reflowed articles and their key facts.
///
/// Without a command it opens the reader on PATHS (files or folders of .txt/.md articles), or
/// on the built-in sample when no path is given.
#[derive(Parser, Debug)]
#[command(name = "briefing", version, about, long_about)]
#[command(subcommand_precedence_over_arg = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub corpus: CorpusArgs,

    #[command(flatten)]
    pub global: GlobalArgs,
}

/// Options that every command understands.
#[derive(Args, Debug, Clone, Default)]
pub struct GlobalArgs {
    /// Topics file merged over the built-in topics (default: $XDG_CONFIG_HOME/briefing/topics.toml).
    #[arg(long, value_name = "FILE", global = true)]
    pub topics: Option<PathBuf>,

    /// Settings merged over the built-in ones (default: $XDG_CONFIG_HOME/briefing/settings.toml).
    #[arg(long, value_name = "FILE", global = true)]
    pub settings: Option<PathBuf>,

    /// Where the reader keeps its place (default: $XDG_STATE_HOME/briefing/state.toml).
    #[arg(long, value_name = "FILE", global = true)]
    pub state: Option<PathBuf>,

    /// Neither read nor write the reader's saved place.
    #[arg(long, global = true)]
    pub no_state: bool,

    /// Neither read nor write the cache of parsed articles ($XDG_CACHE_HOME/briefing).
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// Keymap merged over the built-in keys (default: $XDG_CONFIG_HOME/briefing/keymap.toml).
    #[arg(long, value_name = "FILE", global = true)]
    pub keymap: Option<PathBuf>,
}

/// Which articles to open.
#[derive(Args, Debug, Clone, Default)]
pub struct CorpusArgs {
    /// Files and folders of articles (.txt, .md); none: the built-in sample.
    #[arg(value_name = "PATHS")]
    pub paths: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List every article with its metadata, topics and section tree.
    List {
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print an article (or one section of it) as clean, wrapped text.
    Show {
        /// A path, a file name, or words of the title; add #SECTION for one section.
        #[arg(value_name = "ARTICLE[#SECTION]")]
        article: String,
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Wrap at this many columns (default: the terminal's width, or 80).
        #[arg(long, value_name = "N")]
        width: Option<usize>,
        /// Show the text before cleaning (still without control characters).
        #[arg(long)]
        raw: bool,
    },
    /// Print the key facts (dates, votes, documents, money, figures, sources…) with their places.
    Facts {
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Only facts of this kind (repeatable): date, vote, document, money, figure, acronym,
        /// person, organization, place, quote, source.
        #[arg(long, value_name = "KIND", value_parser = facts::parse_kind)]
        kind: Vec<crate::facts::FactKind>,
        /// Only facts of sections whose title matches (fuzzy).
        #[arg(long, value_name = "S")]
        section: Option<String>,
        /// Date for year-less dates in articles without a date of their own (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = facts::parse_date)]
        reference_date: Option<chrono::NaiveDate>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Every dated fact of the corpus in date order, with its sentence and article.
    Timeline {
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Only dates from this day on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = facts::parse_date)]
        from: Option<chrono::NaiveDate>,
        /// Only dates up to this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = facts::parse_date)]
        to: Option<chrono::NaiveDate>,
        /// Date for year-less dates in articles without a date of their own (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = facts::parse_date)]
        reference_date: Option<chrono::NaiveDate>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Look up titles, sections, facts and sentences across the corpus, best first.
    Search {
        /// Words to look for; each is matched on its own (fuzzy, umlauts as ae/oe/ue too).
        query: String,
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Only hits of this kind (repeatable): article, section, text, or a fact kind.
        #[arg(long, value_name = "K", value_parser = search::parse_kind)]
        kind: Vec<crate::search::HitKind>,
        /// At most this many hits (default 20; no limit with --all).
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Print every matching sentence in score order, one per line (like fzf --filter).
        #[arg(long)]
        all: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the settings in effect (built-in defaults with your settings file merged).
    Config,
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff); e.g. `briefing man > briefing.1`.
    Man,
    /// Print the keys in effect as TOML, or check a keymap file.
    Keymap {
        /// Check a keymap file (default: your own) and exit non-zero on any error.
        #[arg(long, value_name = "FILE", num_args = 0..=1)]
        check: Option<Option<PathBuf>>,
    },
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    // `briefing DIR list`: the paths of a command come after it.
    if cli.command.is_some()
        && let Some(first) = cli.corpus.paths.first()
    {
        anyhow::bail!(
            "{} comes before the command; put the paths after it (briefing COMMAND {})",
            first.display(),
            first.display()
        );
    }
    let (settings, settings_problem, settings_path) = settings(cli.global.settings.as_deref())?;
    // A topics file named in the settings is relative to the settings file.
    let topics_path = cli.global.topics.clone().or_else(|| {
        let named = settings.load.topics.trim();
        (!named.is_empty()).then(|| {
            let named = PathBuf::from(named);
            match settings_path.as_ref().and_then(|p| p.parent()) {
                Some(dir) if named.is_relative() => dir.join(named),
                _ => named,
            }
        })
    });
    let build = BuildOptions {
        topics: Some(topics_file(topics_path.as_deref())?),
        reference_date: None,
        skip_facts: false,
        date_format: Some(settings.reader.date_format.clone()),
        kinds: crate::facts::KindSet::ALL,
    };
    // https://no-color.org: set and not empty.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match cli.command {
        None => {
            use std::io::IsTerminal;
            // A broken --keymap stops here, before the screen opens.
            let (keymap, mut banner) = keymap::effective(cli.global.keymap.as_deref())?;
            banner.extend(settings_problem);
            let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
            // The reader shows its first frame before the facts are found.
            let first = BuildOptions {
                skip_facts: interactive,
                ..build.clone()
            };
            let corpus = open_cached(&cli.corpus, &settings, &first, !cli.global.no_cache)?;
            // A small corpus gets its facts at once (milliseconds); only a large one shows the
            // first frame before them.
            let size: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
            if size <= 1 << 20 {
                corpus.extract_facts(&build);
            }
            if !interactive {
                eprintln!(
                    "briefing: not a terminal, printing the outline (use `briefing list` in scripts)"
                );
                list::print_outline(&corpus);
                return Ok(ExitCode::SUCCESS);
            }
            let saved = if cli.global.no_state {
                None
            } else {
                cli.global
                    .state
                    .clone()
                    .or_else(crate::state::default_path)
                    .map(|path| {
                        let (state, problem) = crate::state::load(&path);
                        crate::tui::Saved {
                            path,
                            state,
                            problem,
                        }
                    })
            };
            let source = crate::tui::Source {
                paths: cli.corpus.paths.clone(),
                load: load_options(&settings, &build, !cli.global.no_cache),
                build: build.clone(),
            };
            crate::tui::run(
                corpus,
                source,
                keymap,
                banner,
                settings.view(no_color),
                saved,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Facts {
            corpus,
            kind,
            section,
            reference_date,
            json,
        }) => {
            let build = BuildOptions {
                reference_date,
                kinds: crate::facts::KindSet::or_all(&kind),
                ..build
            };
            let corpus = open(&corpus, &settings, &build)?;
            facts::run(&corpus, &kind, section.as_deref(), json)
        }
        Some(Command::Timeline {
            corpus,
            from,
            to,
            reference_date,
            json,
        }) => {
            let build = BuildOptions {
                reference_date,
                kinds: crate::facts::KindSet::of(&[crate::facts::FactKind::Date]),
                ..build
            };
            let corpus = open(&corpus, &settings, &build)?;
            facts::timeline(&corpus, from, to, json, &settings.reader.date_format)
        }
        Some(Command::Search {
            query,
            corpus: corpus_args,
            kind,
            limit,
            all,
            json,
        }) => {
            // `--all` prints sentences, and other kinds may not ask for facts: then the facts
            // are not extracted at all.
            let facts_wanted = !(all && kind.is_empty())
                && (kind.is_empty()
                    || kind
                        .iter()
                        .any(|k| matches!(k, crate::search::HitKind::Fact(_))));
            // Facts of the kinds asked for only (all when none is).
            let fact_kinds: Vec<crate::facts::FactKind> = kind
                .iter()
                .filter_map(|k| match k {
                    crate::search::HitKind::Fact(f) => Some(*f),
                    _ => None,
                })
                .collect();
            let build = BuildOptions {
                skip_facts: !facts_wanted,
                kinds: crate::facts::KindSet::or_all(&fact_kinds),
                ..build
            };
            let corpus = open_cached(&corpus_args, &settings, &build, !cli.global.no_cache)?;
            corpus.write_cache(
                &corpus_args.paths,
                &load_options(&settings, &build, !cli.global.no_cache),
            );
            search::run(&corpus, &query, &kind, limit, json, all)
        }
        Some(Command::Config) => {
            match &settings_path {
                Some(p) => println!(
                    "# Settings in effect: the built-in defaults with {} merged over them.",
                    p.display()
                ),
                None => println!(
                    "# Settings in effect: the built-in defaults (no settings file; put yours in {}).",
                    config_dir().map_or("~/.config/briefing".into(), |d| d
                        .join("settings.toml")
                        .display()
                        .to_string())
                ),
            }
            if no_color {
                println!("# NO_COLOR is set: the reader uses no colours.");
            }
            print!("{}", settings.to_toml());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "briefing", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(cmd).render(&mut std::io::stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Keymap { check }) => keymap::run(cli.global.keymap.as_deref(), check),
        Some(Command::List { corpus, json }) => {
            let build = BuildOptions {
                skip_facts: true,
                ..build
            };
            let corpus = open(&corpus, &settings, &build)?;
            list::run(&corpus, json)
        }
        Some(Command::Show {
            article,
            corpus,
            width,
            raw,
        }) => show::run(&article, &corpus, &settings, &build, width, raw),
    }
}

/// Opens the corpus and prints the load warnings on stderr.
pub fn open(args: &CorpusArgs, settings: &Settings, build: &BuildOptions) -> Result<Corpus> {
    open_cached(args, settings, build, false)
}

/// [`open`], reusing the cache of parsed articles when `cache` is set (the caller updates it
/// with [`Corpus::write_cache`]).
pub fn open_cached(
    args: &CorpusArgs,
    settings: &Settings,
    build: &BuildOptions,
    cache: bool,
) -> Result<Corpus> {
    let load = load_options(settings, build, cache);
    let corpus = Corpus::open(&args.paths, &load, build).inspect_err(|e| {
        if let crate::corpus::LoadError::NoArticles { warnings, .. } = e {
            for w in warnings {
                eprintln!("warning: {w}");
            }
        }
    })?;
    for w in &corpus.warnings {
        eprintln!("warning: {w}");
    }
    Ok(corpus)
}

/// The settings to use: `--settings FILE` (its errors stop the program), else the user's own
/// file (its errors are reported and the defaults used), else the defaults.
/// The settings in effect, a problem to show in the reader, and the file they came from.
/// How to load files: the settings' limits, and the cache folder when wanted.
fn load_options(
    settings: &Settings,
    build: &BuildOptions,
    cache: bool,
) -> crate::corpus::LoadOptions {
    let mut load = settings.load_options();
    if cache {
        load.cache = crate::corpus::cache::default_dir();
        load.cache_key = format!("{:?}", build.topics);
    }
    load
}

fn settings(
    explicit: Option<&std::path::Path>,
) -> Result<(Settings, Option<String>, Option<PathBuf>)> {
    let (path, fatal) = match explicit {
        Some(p) => (p.to_path_buf(), true),
        None => match config_dir() {
            Some(dir) if dir.join("settings.toml").is_file() => (dir.join("settings.toml"), false),
            _ => return Ok((Settings::defaults(), None, None)),
        },
    };
    let source = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read settings {}", path.display()))?;
    match Settings::merged(&source, &path.display().to_string()) {
        Ok(s) => Ok((s, None, Some(path))),
        Err(e) if fatal => Err(anyhow::anyhow!("{e}")),
        Err(e) => {
            eprintln!("warning: {e} (using the built-in settings)");
            Ok((
                Settings::defaults(),
                Some(format!("{e} (using the built-in settings)")),
                None,
            ))
        }
    }
}

/// The topics to use: built-in defaults, merged with the user's file when there is one.
fn topics_file(explicit: Option<&std::path::Path>) -> Result<TopicsFile> {
    let defaults = TopicsFile::defaults();
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match config_dir() {
            Some(dir) if dir.join("topics.toml").is_file() => dir.join("topics.toml"),
            _ => return Ok(defaults),
        },
    };
    let source = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read topics file {}", path.display()))?;
    let user = TopicsFile::parse(&source, &path.display().to_string()).map_err(|e| {
        anyhow::anyhow!("topics {e} (fix the file, or remove it to use the built-in topics)")
    })?;
    Ok(defaults.merged(user))
}

/// `$XDG_CONFIG_HOME/briefing`, or `~/.config/briefing`.
pub fn config_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("briefing"))
}
