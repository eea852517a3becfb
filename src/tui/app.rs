//! The reader's state and the one function that changes it. `App::update` decides and returns
//! an [`Effect`] for anything that touches the world (quit, open a URL, copy); it does no I/O.

use std::collections::BTreeSet;
use std::ops::Range;

use ratatui::layout::Rect;

use super::body::{BodyLayout, LayoutOptions};
use super::layout::{self, Panes, Widths};
use crate::corpus::Corpus;
use crate::facts::{FactKind, FactRef};
use crate::keymap::{Action, Context, Key, Keymap};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Topics,
    Body,
    Facts,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Topics, Pane::Body, Pane::Facts];

    fn next(self) -> Pane {
        match self {
            Pane::Topics => Pane::Body,
            Pane::Body => Pane::Facts,
            Pane::Facts => Pane::Topics,
        }
    }

    fn prev(self) -> Pane {
        self.next().next()
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Topics => "topics",
            Pane::Body => "article",
            Pane::Facts => "key facts",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopicsView {
    ByTopic,
    ByArticle,
}

/// A row of the topics pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TopicItem {
    Topic(usize),
    Article(usize),
    Section { article: usize, section: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub struct TopicRow {
    pub item: TopicItem,
    pub depth: u8,
    pub label: String,
    /// Matched character positions in `label` while filtering.
    pub matched: Vec<usize>,
    pub expandable: bool,
    pub expanded: bool,
}

/// A row of the facts pane: a kind heading or a fact (index into the article's facts).
#[derive(Clone, Debug, PartialEq)]
pub enum FactRow {
    Heading {
        kind: FactKind,
        count: usize,
    },
    Fact {
        index: usize,
        label: String,
        matched: Vec<usize>,
    },
    /// Acronyms used here that another place of the corpus defines.
    GlossaryHeading {
        count: usize,
    },
    Glossary {
        label: String,
        matched: Vec<usize>,
    },
}

/// The keys of an unfinished sequence, and what can follow them.
pub type Pending = (Vec<Key>, Vec<(Key, Vec<Action>)>);

/// What the terminal shell must do after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    OpenUrl(String),
    Copy(String),
    Panic,
    /// Read the articles again from disk.
    Reload,
    /// Run a lookup off the main thread (large corpora); the answer comes back as
    /// [`Msg::SearchDone`] with the same generation.
    Search {
        query: String,
        generation: u64,
    },
}

/// Everything the shell feeds into the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Action(Action),
    /// A typed character in a text input.
    Char(char),
    Resize(u16, u16),
    Click {
        x: u16,
        y: u16,
    },
    /// The mouse moved over a cell.
    Hover {
        x: u16,
        y: u16,
    },
    Scroll {
        x: u16,
        y: u16,
        down: bool,
    },
    /// The hits of a lookup run off the main thread.
    SearchDone {
        generation: u64,
        hits: Vec<crate::search::Hit>,
    },
    /// Keys pressed so far of a sequence, and what can follow.
    Pending(Vec<Key>, Vec<(Key, Vec<Action>)>),
}

/// A filter or search being typed or kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    pub text: String,
    pub editing: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Search {
    pub input: Input,
    /// Hits as byte ranges of the article text, in order.
    pub hits: Vec<Range<usize>>,
    pub current: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HelpState {
    pub filter: Input,
    pub scroll: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactsScope {
    Section,
    Article,
}

/// A place to come back to with the jump list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub article: usize,
    pub scroll: usize,
}

/// Reader settings that change what the app shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub hyphenate: bool,
    pub mouse: bool,
    pub widths: Widths,
    /// Wrap the body at most this wide (0: the pane's width).
    pub max_width: u16,
    pub theme: super::theme::Theme,
    /// Fact kinds the facts pane lists (bit `1 << kind as u16`).
    pub kinds: u16,
}

impl Default for View {
    fn default() -> Self {
        View {
            hyphenate: true,
            mouse: true,
            widths: Widths::default(),
            max_width: 0,
            theme: super::theme::Theme::default(),
            kinds: u16::MAX,
        }
    }
}

/// The lookup palette: a query over the whole corpus and its ranked hits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Palette {
    pub input: Input,
    pub hits: Vec<crate::search::Hit>,
    pub selected: usize,
    /// Position in the history while browsing it with up/down.
    pub history_pos: Option<usize>,
    /// Increases with every query; answers for older ones are dropped.
    pub generation: u64,
    /// A lookup is running off the main thread.
    pub searching: bool,
}

/// Up to this many entries, a lookup runs on the key press itself (it takes a few ms).
const SYNC_SEARCH_LIMIT: usize = 60_000;

pub struct App {
    pub focus: Pane,
    pub view: TopicsView,
    pub settings: View,
    pub size: (u16, u16),
    pub article: usize,
    pub scroll: usize,
    pub layout: BodyLayout,
    pub show_furniture: bool,
    pub expanded: BTreeSet<TopicItem>,
    pub topics_selected: usize,
    pub topics_filter: Input,
    pub facts_selected: usize,
    pub facts_filter: Input,
    pub facts_scope: FactsScope,
    pub search: Search,
    /// The chosen fact or search hit, highlighted in the body.
    pub highlight: Option<Range<usize>>,
    pub help: Option<HelpState>,
    pub pending: Option<Pending>,
    pub message: Option<String>,
    /// Problems to show until dismissed (e.g. the user's keymap had errors).
    pub banner: Vec<String>,
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
    pub palette: Option<Palette>,
    /// Marked paragraphs and facts (saved with the state).
    pub bookmarks: Vec<crate::state::Bookmark>,
    /// The list of marks, while it is open: the selected row.
    pub marks: Option<usize>,
    /// Earlier lookup queries, oldest first.
    pub history: Vec<String>,
    pub index: std::sync::Arc<crate::search::Index>,
    /// Up to this many index entries a lookup runs on the key press itself.
    pub sync_search_limit: usize,
    /// The facts and the lookup index are still being made.
    pub indexing: bool,
    /// Each article's last top-of-pane offset, by path, for coming back to it.
    pub positions: std::collections::BTreeMap<String, usize>,
}

impl App {
    pub fn new(corpus: &Corpus, settings: View, size: (u16, u16)) -> App {
        let mut app = App {
            focus: Pane::Topics,
            view: TopicsView::ByTopic,
            settings,
            size,
            article: 0,
            scroll: 0,
            layout: BodyLayout::default(),
            show_furniture: false,
            expanded: BTreeSet::new(),
            topics_selected: 0,
            topics_filter: Input::default(),
            facts_selected: 0,
            facts_filter: Input::default(),
            facts_scope: FactsScope::Section,
            search: Search::default(),
            highlight: None,
            help: None,
            pending: None,
            message: None,
            banner: Vec::new(),
            back: Vec::new(),
            forward: Vec::new(),
            palette: None,
            bookmarks: Vec::new(),
            marks: None,
            history: Vec::new(),
            // Without facts yet (the reader extracts them after the first frame), the index
            // comes later too.
            index: std::sync::Arc::new(if corpus.facts_ready() {
                crate::search::Index::build(corpus)
            } else {
                crate::search::Index::default()
            }),
            indexing: !corpus.facts_ready(),
            sync_search_limit: SYNC_SEARCH_LIMIT,
            positions: std::collections::BTreeMap::new(),
        };
        app.relayout(corpus);
        app.fix_facts_selection(corpus);
        app
    }

    pub fn panes(&self) -> Panes {
        layout::panes(
            Rect::new(0, 0, self.size.0, self.size.1),
            self.focus,
            self.settings.widths,
        )
    }

    /// Lines of the body pane's inside.
    pub fn body_height(&self) -> usize {
        self.panes()
            .body
            .map_or(10, |r| layout::inner(r).height as usize)
            .max(1)
    }

    fn body_width(&self) -> u16 {
        // The body's width is kept when the narrow layout hides it, so it does not reflow.
        let full = layout::panes(
            Rect::new(0, 0, self.size.0, self.size.1),
            Pane::Body,
            self.settings.widths,
        );
        let w = full
            .body
            .map_or(self.size.0, |r| layout::inner(r).width)
            .saturating_sub(1)
            .max(8);
        if self.settings.max_width > 0 {
            w.min(self.settings.max_width)
        } else {
            w
        }
    }

    fn relayout(&mut self, corpus: &Corpus) {
        let Some(article) = corpus.articles.get(self.article) else {
            self.layout = BodyLayout::default();
            return;
        };
        let anchor = self.top_offset(corpus);
        self.layout = BodyLayout::new(
            article,
            LayoutOptions {
                width: self.body_width(),
                hyphenate: self.settings.hyphenate,
                show_furniture: self.show_furniture,
            },
        );
        // Keep the same text at the top across a reflow.
        if let Some(offset) = anchor
            && let Some((line, _)) = self.layout.locate(offset)
        {
            self.scroll = line;
        }
        self.clamp_scroll();
        if !self.search.input.text.is_empty() {
            self.run_search(corpus);
        }
    }

    /// The first source byte shown at the top of the body.
    fn top_offset(&self, _corpus: &Corpus) -> Option<usize> {
        self.layout
            .lines
            .get(self.scroll..)?
            .iter()
            .find_map(|l| l.src_range())
            .map(|r| r.start)
    }

    fn max_scroll(&self) -> usize {
        self.layout.lines.len().saturating_sub(self.body_height())
    }

    fn clamp_scroll(&mut self) {
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// The section shown at the top of the body.
    pub fn current_section(&self, corpus: &Corpus) -> usize {
        let Some(article) = corpus.articles.get(self.article) else {
            return 0;
        };
        // The first block at or below the top line decides.
        let block = (self.scroll..self.layout.lines.len())
            .find_map(|l| self.layout.lines[l].block)
            .or_else(|| self.layout.block_at(self.scroll));
        block.and_then(|b| article.section_of_block(b)).unwrap_or(0)
    }

    /// The text-input context that currently takes typed characters, if any.
    pub fn context(&self) -> Context {
        if self.palette.is_some() {
            return Context::Palette;
        }
        if self.marks.is_some() {
            return Context::Marks;
        }
        if let Some(h) = &self.help {
            return if h.filter.editing {
                Context::Filter
            } else {
                Context::Help
            };
        }
        if self.editing().is_some() {
            return Context::Filter;
        }
        match self.focus {
            Pane::Topics => Context::Topics,
            Pane::Body => Context::Body,
            Pane::Facts => Context::Facts,
        }
    }

    fn editing(&self) -> Option<Pane> {
        match self.focus {
            Pane::Topics if self.topics_filter.editing => Some(Pane::Topics),
            Pane::Body if self.search.input.editing => Some(Pane::Body),
            Pane::Facts if self.facts_filter.editing => Some(Pane::Facts),
            _ => None,
        }
    }

    fn input_mut(&mut self) -> Option<&mut Input> {
        if self.help.is_some() {
            return self
                .help
                .as_mut()
                .map(|h| &mut h.filter)
                .filter(|f| f.editing);
        }
        match self.editing()? {
            Pane::Topics => Some(&mut self.topics_filter),
            Pane::Body => Some(&mut self.search.input),
            Pane::Facts => Some(&mut self.facts_filter),
        }
    }

    /// Applies one message. Pure: the returned effect is what the shell must do.
    pub fn update(&mut self, msg: Msg, corpus: &Corpus, keymap: &Keymap) -> Effect {
        match msg {
            Msg::Pending(keys, next) => {
                self.pending = (!keys.is_empty()).then_some((keys, next));
                Effect::None
            }
            Msg::Resize(w, h) => {
                self.size = (w, h);
                self.relayout(corpus);
                Effect::None
            }
            Msg::SearchDone { generation, hits } => {
                if let Some(p) = &mut self.palette
                    && p.generation == generation
                {
                    p.hits = hits;
                    p.selected = 0;
                    p.searching = false;
                }
                Effect::None
            }
            Msg::Char(c) => {
                if let Some(p) = &mut self.palette {
                    p.input.text.push(c);
                    p.history_pos = None;
                    return self.run_lookup(corpus);
                } else if let Some(input) = self.input_mut() {
                    input.text.push(c);
                    self.after_input(corpus);
                } else if self.help.is_some() {
                    // In help, typing starts filtering it.
                    if let Some(h) = &mut self.help {
                        h.filter = Input {
                            text: c.to_string(),
                            editing: true,
                        };
                        h.scroll = 0;
                    }
                }
                Effect::None
            }
            Msg::Click { x, y } => {
                self.click(x, y, corpus);
                Effect::None
            }
            Msg::Hover { x, y } => {
                self.hover(x, y, corpus);
                Effect::None
            }
            Msg::Scroll { x, y, down } => {
                if let Some(pane) = self.panes().at(x, y) {
                    let action = if down {
                        Action::MoveDown
                    } else {
                        Action::MoveUp
                    };
                    let before = self.focus;
                    self.focus = pane;
                    for _ in 0..3 {
                        self.act(action, corpus, keymap);
                    }
                    self.focus = before;
                }
                Effect::None
            }
            Msg::Action(action) => {
                self.pending = None;
                if !matches!(action, Action::Cancel) {
                    self.message = None;
                }
                self.act(action, corpus, keymap)
            }
        }
    }

    fn act(&mut self, action: Action, corpus: &Corpus, keymap: &Keymap) -> Effect {
        if self.palette.is_some() {
            return self.palette_act(action, corpus);
        }
        if self.marks.is_some() {
            return self.marks_act(action, corpus);
        }
        // The help overlay takes its own keys.
        if let Some(help) = &mut self.help {
            match action {
                Action::Quit => return Effect::Quit,
                Action::Cancel | Action::Help => {
                    if help.filter.editing || !help.filter.text.is_empty() {
                        help.filter = Input::default();
                    } else {
                        self.help = None;
                    }
                }
                Action::Filter => {
                    help.filter = Input {
                        text: String::new(),
                        editing: true,
                    }
                }
                Action::Confirm => help.filter.editing = false,
                Action::DeleteChar => {
                    help.filter.text.pop();
                }
                Action::ClearInput => help.filter.text.clear(),
                Action::MoveDown | Action::PageDown | Action::HalfPageDown => help.scroll += 1,
                Action::MoveUp | Action::PageUp | Action::HalfPageUp => {
                    help.scroll = help.scroll.saturating_sub(1)
                }
                Action::Top => help.scroll = 0,
                _ => {}
            }
            let _ = keymap;
            return Effect::None;
        }
        let page = self.body_height();
        match action {
            Action::Quit => return Effect::Quit,
            Action::DebugPanic => {
                if cfg!(debug_assertions) {
                    return Effect::Panic;
                }
                self.message = Some("debug-panic works in debug builds only".into());
            }
            Action::Help => self.help = Some(HelpState::default()),
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::FocusTopics => self.focus = Pane::Topics,
            Action::FocusBody => self.focus = Pane::Body,
            Action::FocusFacts => self.focus = Pane::Facts,
            Action::ToggleView => {
                self.view = match self.view {
                    TopicsView::ByTopic => TopicsView::ByArticle,
                    TopicsView::ByArticle => TopicsView::ByTopic,
                };
                self.topics_selected = 0;
            }
            Action::MoveDown => self.move_by(1, corpus),
            Action::MoveUp => self.move_by(-1, corpus),
            Action::HalfPageDown => self.move_by((page / 2).max(1) as isize, corpus),
            Action::HalfPageUp => self.move_by(-((page / 2).max(1) as isize), corpus),
            Action::PageDown => self.move_by(page.saturating_sub(1).max(1) as isize, corpus),
            Action::PageUp => self.move_by(-(page.saturating_sub(1).max(1) as isize), corpus),
            Action::Top => self.move_by(isize::MIN / 2, corpus),
            Action::Bottom => self.move_by(isize::MAX / 2, corpus),
            Action::NextSection => self.jump_section(1, corpus),
            Action::PrevSection => self.jump_section(-1, corpus),
            Action::Open => return self.open(corpus),
            Action::Close => self.close(corpus),
            Action::Filter => match self.focus {
                Pane::Topics => {
                    self.topics_filter = Input {
                        text: String::new(),
                        editing: true,
                    };
                    self.topics_selected = 0;
                }
                Pane::Facts => {
                    self.facts_filter = Input {
                        text: String::new(),
                        editing: true,
                    };
                    self.fix_facts_selection(corpus);
                }
                Pane::Body => {
                    self.search = Search {
                        input: Input {
                            text: String::new(),
                            editing: true,
                        },
                        ..Search::default()
                    };
                }
            },
            Action::Confirm => {
                if let Some(input) = self.input_mut() {
                    input.editing = false;
                }
                if self.focus == Pane::Body {
                    self.show_hit(corpus);
                }
            }
            Action::DeleteChar => {
                if let Some(input) = self.input_mut() {
                    input.text.pop();
                    self.after_input(corpus);
                }
            }
            Action::ClearInput => {
                if let Some(input) = self.input_mut() {
                    input.text.clear();
                    self.after_input(corpus);
                }
            }
            Action::Cancel => self.cancel(corpus),
            Action::NextMatch | Action::PrevMatch => {
                let n = self.search.hits.len();
                if n == 0 {
                    self.message = Some(if self.search.input.text.is_empty() {
                        "no search: press / in the article".into()
                    } else {
                        format!("no match for \"{}\"", self.search.input.text)
                    });
                } else {
                    self.search.current = if action == Action::NextMatch {
                        (self.search.current + 1) % n
                    } else {
                        (self.search.current + n - 1) % n
                    };
                    self.show_hit(corpus);
                }
            }
            Action::FactsScope => {
                self.facts_scope = match self.facts_scope {
                    FactsScope::Section => FactsScope::Article,
                    FactsScope::Article => FactsScope::Section,
                };
                self.facts_selected = 0;
                self.fix_facts_selection(corpus);
            }
            Action::ToggleBoilerplate => {
                self.show_furniture = !self.show_furniture;
                let n = corpus
                    .articles
                    .get(self.article)
                    .map_or(0, |a| a.boilerplate.len());
                self.message = Some(if self.show_furniture {
                    format!("showing {n} lines set aside as boilerplate (marked ⌫)")
                } else {
                    "boilerplate hidden".into()
                });
                self.relayout(corpus);
            }
            Action::OpenLink => return self.open_link(corpus),
            Action::Copy => return self.copy(corpus, false),
            Action::CopyParagraph => return self.copy(corpus, true),
            Action::Mark => self.mark(corpus),
            Action::Marks => self.marks = Some(self.bookmarks.len().saturating_sub(1)),
            Action::Reload => return Effect::Reload,
            Action::JumpBack => {
                if let Some(place) = self.back.pop() {
                    self.forward.push(self.place());
                    self.go_to_place(place, corpus);
                } else {
                    self.message = Some("nothing to go back to".into());
                }
            }
            Action::JumpForward => {
                if let Some(place) = self.forward.pop() {
                    self.back.push(self.place());
                    self.go_to_place(place, corpus);
                }
            }
            Action::Lookup => {
                self.palette = Some(Palette {
                    input: Input {
                        text: String::new(),
                        editing: true,
                    },
                    ..Palette::default()
                });
            }
            Action::HistoryPrev | Action::HistoryNext | Action::DeleteMark => {}
        }
        Effect::None
    }

    /// The facts and the index are ready: lists that show facts are fixed up, and a lookup
    /// that was typed meanwhile runs.
    pub fn indexed(
        &mut self,
        index: std::sync::Arc<crate::search::Index>,
        corpus: &Corpus,
    ) -> Effect {
        self.index = index;
        self.indexing = false;
        self.fix_facts_selection(corpus);
        self.run_lookup(corpus)
    }

    fn run_lookup(&mut self, corpus: &Corpus) -> Effect {
        let Some(p) = &mut self.palette else {
            return Effect::None;
        };
        if self.indexing {
            return Effect::None;
        }
        if self.index.entries.len() <= self.sync_search_limit {
            p.hits = self
                .index
                .search(corpus, &p.input.text, &[], Some(200), None);
            p.selected = 0;
            return Effect::None;
        }
        // Typing never waits: the shell searches on a worker, a newer query abandons the older.
        p.generation += 1;
        p.searching = true;
        Effect::Search {
            query: p.input.text.clone(),
            generation: p.generation,
        }
    }

    fn palette_act(&mut self, action: Action, corpus: &Corpus) -> Effect {
        let Some(p) = &mut self.palette else {
            return Effect::None;
        };
        match action {
            Action::Quit => return Effect::Quit,
            Action::Cancel | Action::Lookup => self.palette = None,
            Action::DeleteChar => {
                p.input.text.pop();
                return self.run_lookup(corpus);
            }
            Action::ClearInput => {
                p.input.text.clear();
                return self.run_lookup(corpus);
            }
            Action::MoveDown => p.selected = step(p.selected, 1, p.hits.len()),
            Action::MoveUp => p.selected = step(p.selected, -1, p.hits.len()),
            Action::PageDown | Action::HalfPageDown => {
                p.selected = step(p.selected, 10, p.hits.len())
            }
            Action::PageUp | Action::HalfPageUp => p.selected = step(p.selected, -10, p.hits.len()),
            Action::HistoryPrev | Action::HistoryNext => {
                if self.history.is_empty() {
                    return Effect::None;
                }
                let last = self.history.len() - 1;
                let pos = match (p.history_pos, action) {
                    (None, Action::HistoryPrev) => last,
                    (None, _) => return Effect::None,
                    (Some(i), Action::HistoryPrev) => i.saturating_sub(1),
                    (Some(i), _) => (i + 1).min(last),
                };
                p.history_pos = Some(pos);
                p.input.text = self.history[pos].clone();
                return self.run_lookup(corpus);
            }
            Action::Confirm | Action::Open => {
                let Some(hit) = p.hits.get(p.selected).cloned() else {
                    return Effect::None;
                };
                let query = p.input.text.trim().to_string();
                if !query.is_empty() {
                    self.history.retain(|q| *q != query);
                    self.history.push(query);
                }
                self.palette = None;
                let Some(entry) = self.index.entries.get(hit.entry).cloned() else {
                    return Effect::None;
                };
                self.remember();
                self.set_article(entry.article(), corpus);
                match entry.kind() {
                    crate::search::HitKind::Article => {
                        self.scroll = 0;
                        self.highlight = None;
                    }
                    crate::search::HitKind::Section => {
                        if let Some(s) = entry.section(corpus) {
                            // go_to_section remembers the place again; keep one entry.
                            self.go_to_section(entry.article(), s, corpus);
                            self.back.pop();
                        }
                        self.highlight = None;
                    }
                    _ => {
                        self.highlight = Some(entry.span());
                        self.reveal(entry.span().start);
                    }
                }
                self.focus = Pane::Body;
                self.facts_selected = 0;
                self.fix_facts_selection(corpus);
            }
            _ => {}
        }
        Effect::None
    }

    fn place(&self) -> Place {
        Place {
            article: self.article,
            scroll: self.scroll,
        }
    }

    fn go_to_place(&mut self, place: Place, corpus: &Corpus) {
        self.set_article(place.article, corpus);
        self.scroll = place.scroll;
        self.clamp_scroll();
        self.fix_facts_selection(corpus);
    }

    /// Remembers where we are before a jump, for `jump-back`.
    fn remember(&mut self) {
        let here = self.place();
        if self.back.last() != Some(&here) {
            self.back.push(here);
            if self.back.len() > 100 {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }

    fn set_article(&mut self, article: usize, corpus: &Corpus) {
        if article != self.article || self.layout.lines.is_empty() {
            // Remember where we were in the article we leave; return to where we were in the new one.
            if let (Some(a), Some(offset)) =
                (corpus.articles.get(self.article), self.top_offset(corpus))
            {
                self.positions.insert(a.path.clone(), offset);
            }
            self.article = article;
            self.scroll = 0;
            self.search = Search::default();
            self.highlight = None;
            self.relayout(corpus);
            if let Some(offset) = corpus
                .articles
                .get(article)
                .and_then(|a| self.positions.get(&a.path))
                .copied()
                && let Some((line, _)) = self.layout.locate(offset)
            {
                self.scroll = line;
                self.clamp_scroll();
            }
        }
    }

    /// The place to save: article, position in every article seen, focus and view.
    pub fn snapshot(&self, corpus: &Corpus, mut state: crate::state::State) -> crate::state::State {
        let mut positions = self.positions.clone();
        if let Some(a) = corpus.articles.get(self.article) {
            state.article = Some(a.path.clone());
            if let Some(offset) = self.top_offset(corpus) {
                positions.insert(a.path.clone(), offset);
            }
        }
        for (path, offset) in positions {
            state
                .positions
                .insert(path, crate::state::Position { offset });
        }
        state.bookmarks = self.bookmarks.clone();
        state.focus = Some(
            match self.focus {
                Pane::Topics => "topics",
                Pane::Body => "body",
                Pane::Facts => "facts",
            }
            .to_string(),
        );
        state.view = Some(
            match self.view {
                TopicsView::ByTopic => "topic",
                TopicsView::ByArticle => "article",
            }
            .to_string(),
        );
        state
    }

    /// Puts the reader back where a saved state left it (articles that are gone are skipped).
    pub fn restore(&mut self, state: &crate::state::State, corpus: &Corpus) {
        self.bookmarks = state.bookmarks.clone();
        self.positions = state
            .positions
            .iter()
            .map(|(p, pos)| (p.clone(), pos.offset))
            .collect();
        self.focus = match state.focus.as_deref() {
            Some("body") => Pane::Body,
            Some("facts") => Pane::Facts,
            _ => Pane::Topics,
        };
        self.view = match state.view.as_deref() {
            Some("article") => TopicsView::ByArticle,
            _ => TopicsView::ByTopic,
        };
        if let Some(i) = state
            .article
            .as_ref()
            .and_then(|p| corpus.articles.iter().position(|a| &a.path == p))
        {
            self.layout = BodyLayout::default();
            let saved = self.positions.clone();
            self.set_article(i, corpus);
            self.positions = saved;
            if let Some(offset) = corpus
                .articles
                .get(i)
                .and_then(|a| self.positions.get(&a.path))
                .copied()
                && let Some((line, _)) = self.layout.locate(offset)
            {
                self.scroll = line;
                self.clamp_scroll();
            }
            self.fix_facts_selection(corpus);
        }
    }

    /// Moves the reader onto a reloaded corpus, keeping the user's place where the article
    /// still exists. `index` is the new corpus's lookup index. Returns the lookup to run again
    /// when the palette is open.
    pub fn rebase(
        &mut self,
        old: &Corpus,
        new: &Corpus,
        index: std::sync::Arc<crate::search::Index>,
    ) -> Effect {
        let top = self.top_offset(old);
        let here = old.articles.get(self.article).map(|a| a.path.clone());
        if let (Some(path), Some(offset)) = (&here, top) {
            self.positions.insert(path.clone(), offset);
        }
        let new_index = |i: usize| {
            old.articles
                .get(i)
                .and_then(|a| new.articles.iter().position(|n| n.path == a.path))
        };
        let remap = |places: &mut Vec<Place>| {
            *places = places
                .iter()
                .filter_map(|p| {
                    new_index(p.article).map(|article| Place {
                        article,
                        scroll: p.scroll,
                    })
                })
                .collect();
        };
        remap(&mut self.back);
        remap(&mut self.forward);
        // Articles may have moved; what was open stays open.
        // A reloaded corpus comes with its facts and index.
        self.indexing = false;
        self.expanded = std::mem::take(&mut self.expanded)
            .into_iter()
            .filter_map(|item| match item {
                TopicItem::Topic(t) => (t < new.topics.len()).then_some(item),
                TopicItem::Article(a) => new_index(a).map(TopicItem::Article),
                TopicItem::Section { article, section } => new_index(article)
                    .filter(|&a| section < new.articles[a].sections.len())
                    .map(|article| TopicItem::Section { article, section }),
            })
            .collect();
        self.index = index;
        match new_index(self.article) {
            Some(i) => {
                self.article = i;
                let chosen = self.highlight.take();
                self.layout = BodyLayout::default();
                self.relayout(new);
                if let Some(offset) = top
                    && let Some((line, _)) = self.layout.locate(offset)
                {
                    self.scroll = line;
                    self.clamp_scroll();
                }
                self.highlight = chosen.filter(|h| h.end <= new.articles[i].text.len());
            }
            None => {
                if let Some(path) = here {
                    self.message = Some(format!("{path} is gone"));
                }
                self.article = 0;
                self.scroll = 0;
                self.highlight = None;
                self.layout = BodyLayout::default();
                self.relayout(new);
            }
        }
        let rows = self.topic_rows(new).len();
        self.topics_selected = self.topics_selected.min(rows.saturating_sub(1));
        self.fix_facts_selection(new);
        if let Some(p) = &mut self.palette {
            p.hits.clear();
            p.selected = 0;
            return self.run_lookup(new);
        }
        Effect::None
    }

    /// Shows a section of an article at the top of the body.
    pub fn go_to_section(&mut self, article: usize, section: usize, corpus: &Corpus) {
        self.remember();
        self.set_article(article, corpus);
        let Some(a) = corpus.articles.get(article) else {
            return;
        };
        let Some(s) = a.sections.get(section) else {
            return;
        };
        let first_block = s.heading.unwrap_or(s.blocks.start) as usize;
        self.scroll = if s.is_intro && section == 0 {
            0
        } else {
            self.layout
                .block_line
                .get(first_block)
                .copied()
                .unwrap_or(0)
        };
        self.clamp_scroll();
        self.facts_selected = 0;
        self.fix_facts_selection(corpus);
    }

    /// Scrolls so that a byte of the article is visible, a third from the top.
    pub fn reveal(&mut self, offset: usize) {
        if let Some((line, _)) = self.layout.locate(offset) {
            let h = self.body_height();
            if line < self.scroll || line >= self.scroll + h {
                self.scroll = line.saturating_sub(h / 3);
            }
            self.clamp_scroll();
        }
    }

    fn move_by(&mut self, delta: isize, corpus: &Corpus) {
        match self.focus {
            Pane::Body => {
                let before = self.current_section(corpus);
                self.scroll = self
                    .scroll
                    .saturating_add_signed(delta)
                    .min(self.max_scroll());
                if self.current_section(corpus) != before && self.facts_scope == FactsScope::Section
                {
                    self.facts_selected = 0;
                    self.fix_facts_selection(corpus);
                }
            }
            Pane::Topics => {
                let n = self.topic_rows(corpus).len();
                self.topics_selected = step(self.topics_selected, delta, n);
            }
            Pane::Facts => {
                let rows = self.fact_rows(corpus);
                let facts: Vec<usize> = rows
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| matches!(r, FactRow::Fact { .. }))
                    .map(|(i, _)| i)
                    .collect();
                if facts.is_empty() {
                    return;
                }
                let pos = facts
                    .iter()
                    .position(|&i| i == self.facts_selected)
                    .unwrap_or(0);
                self.facts_selected = facts[step(pos, delta, facts.len())];
            }
        }
    }

    fn jump_section(&mut self, delta: isize, corpus: &Corpus) {
        let Some(a) = corpus.articles.get(self.article) else {
            return;
        };
        let current = self.current_section(corpus);
        let target = current
            .saturating_add_signed(delta)
            .min(a.sections.len().saturating_sub(1));
        if target != current {
            self.go_to_section(self.article, target, corpus);
        }
    }

    fn open(&mut self, corpus: &Corpus) -> Effect {
        match self.focus {
            Pane::Topics => {
                let rows = self.topic_rows(corpus);
                let Some(row) = rows.get(self.topics_selected) else {
                    return Effect::None;
                };
                match row.item {
                    TopicItem::Section { article, section } => {
                        self.go_to_section(article, section, corpus);
                    }
                    item => {
                        if !self.expanded.insert(item) {
                            self.expanded.remove(&item);
                        }
                        if let TopicItem::Article(a) = item {
                            self.go_to_section(a, 0, corpus);
                        }
                    }
                }
            }
            Pane::Facts => {
                let rows = self.fact_rows(corpus);
                if let Some(FactRow::Fact { index, .. }) = rows.get(self.facts_selected)
                    && let Some(fact) = corpus.facts().get(self.article).and_then(|f| f.get(*index))
                {
                    self.remember();
                    self.highlight = Some(fact.span.clone());
                    self.reveal(fact.span.start);
                }
            }
            Pane::Body => {}
        }
        Effect::None
    }

    fn close(&mut self, corpus: &Corpus) {
        let rows = self.topic_rows(corpus);
        let Some(row) = rows.get(self.topics_selected) else {
            return;
        };
        let parent = match row.item {
            TopicItem::Section { .. } => rows[..self.topics_selected]
                .iter()
                .rposition(|r| r.depth == 0)
                .map(|i| (i, rows[i].item)),
            item => Some((self.topics_selected, item)),
        };
        if let Some((i, item)) = parent {
            self.expanded.remove(&item);
            self.topics_selected = i;
        }
    }

    fn cancel(&mut self, corpus: &Corpus) {
        if !self.banner.is_empty() {
            self.banner.clear();
            return;
        }
        if self.pending.take().is_some() {
            return;
        }
        match self.focus {
            Pane::Topics if self.topics_filter != Input::default() => {
                self.topics_filter = Input::default();
                self.topics_selected = 0;
            }
            Pane::Facts if self.facts_filter != Input::default() => {
                self.facts_filter = Input::default();
                self.fix_facts_selection(corpus);
            }
            Pane::Body if self.search != Search::default() => self.search = Search::default(),
            _ => {
                self.highlight = None;
                self.message = None;
            }
        }
    }

    fn after_input(&mut self, corpus: &Corpus) {
        match self.focus {
            Pane::Topics => self.topics_selected = 0,
            Pane::Facts => {
                self.facts_selected = 0;
                self.fix_facts_selection(corpus);
            }
            Pane::Body => {
                self.run_search(corpus);
                self.search.current = 0;
                self.show_hit(corpus);
            }
        }
    }

    /// Finds every match of the search text in the article's blocks (as displayed).
    fn run_search(&mut self, corpus: &Corpus) {
        self.search.hits = find_hits(&self.layout, &self.search.input.text);
        if corpus.articles.get(self.article).is_none() {
            self.search.hits.clear();
        }
        self.search.current = self
            .search
            .current
            .min(self.search.hits.len().saturating_sub(1));
    }

    fn show_hit(&mut self, _corpus: &Corpus) {
        if let Some(hit) = self.search.hits.get(self.search.current).cloned() {
            self.reveal(hit.start);
        }
    }

    fn open_link(&mut self, corpus: &Corpus) -> Effect {
        let Some(article) = corpus.articles.get(self.article) else {
            return Effect::None;
        };
        // The chosen source fact, else the first footnote referenced on screen.
        let chosen = if self.focus == Pane::Facts {
            self.selected_fact(corpus)
        } else {
            None
        };
        let label = chosen.and_then(|f| match &*f.value {
            crate::facts::FactValue::Source(s) => Some(s.label.clone()),
            _ => None,
        });
        let label = label.or_else(|| {
            let visible = self.layout.lines.get(
                self.scroll..(self.scroll + self.body_height()).min(self.layout.lines.len()),
            )?;
            visible
                .iter()
                .flat_map(|l| l.segments.iter())
                .find_map(|s| {
                    (s.look == super::body::Look::FootnoteRef && s.src.is_some())
                        .then(|| s.text.trim_matches(['[', ']', '^', ' ']).to_string())
                })
        });
        let Some(label) = label else {
            self.message = Some("no footnote here to open".into());
            return Effect::None;
        };
        match article
            .footnotes
            .iter()
            .find(|f| f.label == label)
            .and_then(|f| article.footnote_url(f).map(str::to_string))
        {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                self.message = Some(format!("[{label}] {url}"));
                Effect::OpenUrl(url)
            }
            Some(url) => {
                self.message = Some(format!("[{label}] {url} (not an http(s) link; not opened)"));
                Effect::None
            }
            None => {
                self.message = Some(format!("[{label}] has no link in this article"));
                Effect::None
            }
        }
    }

    fn copy(&mut self, corpus: &Corpus, paragraph: bool) -> Effect {
        let Some(article) = corpus.articles.get(self.article) else {
            return Effect::None;
        };
        if !paragraph
            && self.focus == Pane::Facts
            && let Some(fact) = self.selected_fact(corpus)
        {
            let text = crate::facts::display::label(&fact, article);
            self.message = Some(format!("copied: {text}"));
            return Effect::Copy(text);
        }
        match self.current_block().and_then(|b| article.blocks.get(b)) {
            Some(b) => {
                let text = article.block_display(b);
                self.message = Some("copied the paragraph".into());
                Effect::Copy(text)
            }
            None => Effect::None,
        }
    }

    /// The paragraph the user is looking at: the one with the chosen hit, else the first one
    /// at the top of the pane.
    fn current_block(&self) -> Option<usize> {
        let line = self
            .highlight
            .as_ref()
            .and_then(|h| self.layout.locate(h.start))
            .map(|(l, _)| l)
            .unwrap_or(self.scroll);
        (line..self.layout.lines.len()).find_map(|l| self.layout.lines[l].block)
    }

    /// Marks the selected fact (in the facts pane) or the current paragraph; marking the same
    /// thing again removes the mark.
    fn mark(&mut self, corpus: &Corpus) {
        let Some(article) = corpus.articles.get(self.article) else {
            return;
        };
        let (range, kind) = match self.selected_fact(corpus) {
            Some(f) if self.focus == Pane::Facts => (f.span.clone(), f.kind.name()),
            _ => match self.current_block().and_then(|b| article.blocks.get(b)) {
                Some(b) => (b.span.clone(), "paragraph"),
                None => {
                    self.message = Some("nothing here to mark".into());
                    return;
                }
            },
        };
        let label = snippet(article.text.get(range.clone()).unwrap_or_default(), 80);
        if let Some(i) = self
            .bookmarks
            .iter()
            .position(|m| m.article == article.path && m.start == range.start && m.end == range.end)
        {
            self.bookmarks.remove(i);
            self.message = Some(format!("mark removed: {label}"));
            return;
        }
        self.message = Some(format!("marked: {label}"));
        self.bookmarks.push(crate::state::Bookmark {
            article: article.path.clone(),
            start: range.start,
            end: range.end,
            kind: kind.to_string(),
            label,
        });
    }

    fn marks_act(&mut self, action: Action, corpus: &Corpus) -> Effect {
        let Some(selected) = self.marks else {
            return Effect::None;
        };
        let len = self.bookmarks.len();
        match action {
            Action::Quit => return Effect::Quit,
            Action::Cancel | Action::Marks => self.marks = None,
            Action::MoveDown => self.marks = Some(step(selected, 1, len)),
            Action::MoveUp => self.marks = Some(step(selected, -1, len)),
            Action::Top => self.marks = Some(0),
            Action::Bottom => self.marks = Some(len.saturating_sub(1)),
            Action::DeleteMark => {
                if selected < len {
                    let gone = self.bookmarks.remove(selected);
                    self.message = Some(format!("mark removed: {}", gone.label));
                }
                self.marks = Some(selected.min(self.bookmarks.len().saturating_sub(1)));
            }
            Action::Confirm | Action::Open => {
                let Some(mark) = self.bookmarks.get(selected).cloned() else {
                    return Effect::None;
                };
                let Some(i) = corpus.articles.iter().position(|a| a.path == mark.article) else {
                    self.message = Some(format!("{} is not loaded", mark.article));
                    return Effect::None;
                };
                self.marks = None;
                self.remember();
                self.set_article(i, corpus);
                let range = anchor(&corpus.articles[i].text, &mark);
                self.reveal(range.start);
                self.highlight = Some(range);
                self.fix_facts_selection(corpus);
            }
            _ => {}
        }
        Effect::None
    }

    fn click(&mut self, x: u16, y: u16, corpus: &Corpus) {
        let panes = self.panes();
        let Some(pane) = panes.at(x, y) else { return };
        self.focus = pane;
        let Some(rect) = panes.of(pane) else { return };
        let inner = layout::inner(rect);
        if y < inner.y || y >= inner.y + inner.height {
            return;
        }
        let row = (y - inner.y) as usize;
        match pane {
            Pane::Topics => {
                let offset = list_offset(self.topics_selected, inner.height as usize);
                let n = self.topic_rows(corpus).len();
                if offset + row < n {
                    self.topics_selected = offset + row;
                    self.open(corpus);
                }
            }
            Pane::Facts => {
                let offset = list_offset(self.facts_selected, inner.height as usize);
                let rows = self.fact_rows(corpus);
                if let Some(FactRow::Fact { .. }) = rows.get(offset + row) {
                    self.facts_selected = offset + row;
                    self.open(corpus);
                }
            }
            Pane::Body => {}
        }
    }

    pub fn selected_fact<'c>(&self, corpus: &'c Corpus) -> Option<FactRef<'c>> {
        match self.fact_rows(corpus).get(self.facts_selected) {
            Some(FactRow::Fact { index, .. }) => corpus.facts().get(self.article)?.get(*index),
            _ => None,
        }
    }

    /// Puts the facts selection on a fact row.
    fn fix_facts_selection(&mut self, corpus: &Corpus) {
        let rows = self.fact_rows(corpus);
        if matches!(rows.get(self.facts_selected), Some(FactRow::Fact { .. })) {
            return;
        }
        self.facts_selected = rows
            .iter()
            .position(|r| matches!(r, FactRow::Fact { .. }))
            .unwrap_or(0);
    }

    /// The facts pane's rows: facts of the current section (or article), grouped by kind.
    pub fn fact_rows(&self, corpus: &Corpus) -> Vec<FactRow> {
        let Some(article) = corpus.articles.get(self.article) else {
            return Vec::new();
        };
        let facts: Vec<FactRef<'_>> = corpus
            .facts()
            .get(self.article)
            .map(|f| f.iter().collect())
            .unwrap_or_default();
        let range = match self.facts_scope {
            FactsScope::Article => 0..article.blocks.len(),
            FactsScope::Section => {
                let s = self.current_section(corpus);
                article.sections.get(s).map_or(0..0, |s| {
                    s.blocks.start as usize..s.end_block.max(s.blocks.end) as usize
                })
            }
        };
        // Footnotes belong to the sections that cite them.
        let cited: std::collections::HashSet<&str> = match self.facts_scope {
            FactsScope::Article => Default::default(),
            FactsScope::Section => article
                .blocks
                .get(range.clone())
                .unwrap_or(&[])
                .iter()
                .flat_map(|b| {
                    crate::corpus::lines::footnote_refs(article.block_text(b)).map(|(_, l)| l)
                })
                .collect(),
        };
        let section_of = |f: &FactRef<'_>| match (f.block, &*f.value) {
            (Some(b), _) => range.contains(&b),
            (None, _) if self.facts_scope == FactsScope::Article => true,
            (None, crate::facts::FactValue::Source(s)) => cited.contains(s.label.as_str()),
            (None, _) => false,
        };
        let mut rows = Vec::new();
        for kind in FactKind::ALL {
            // Who and where are listed once each, with how often they are named; choosing one
            // goes to its first mention.
            let once = matches!(
                kind,
                FactKind::Person | FactKind::Organization | FactKind::Place
            );
            let mut mentions: Vec<(String, usize, usize)> = Vec::new();
            // People by name, with what is known of them from any mention.
            let mut people: Vec<(crate::facts::people::Person, usize, usize)> = Vec::new();
            for (i, f) in facts.iter().enumerate() {
                if f.kind != kind
                    || !section_of(f)
                    || self.settings.kinds & (1 << f.kind as u16) == 0
                {
                    continue;
                }
                if let crate::facts::FactValue::Person(p) = &*f.value {
                    match people.iter_mut().find(|m| m.0.name == p.name) {
                        Some(m) => {
                            m.2 += 1;
                            m.0.role = m.0.role.take().or_else(|| p.role.clone());
                            m.0.affiliation =
                                m.0.affiliation.take().or_else(|| p.affiliation.clone());
                        }
                        None => people.push((p.clone(), i, 1)),
                    }
                } else if once {
                    let value = crate::facts::display::value_text(&f.value);
                    if let Some(m) = mentions.iter_mut().find(|m| m.0 == value) {
                        m.2 += 1;
                        continue;
                    }
                    mentions.push((value, i, 1));
                } else {
                    mentions.push((String::new(), i, 1));
                }
            }
            // "Guterres" is the "António Guterres" named elsewhere in the same place.
            let mut k = 0;
            while k < people.len() {
                let short = people[k].0.name.clone();
                let full = (!short.contains(' '))
                    .then(|| {
                        people
                            .iter()
                            .position(|m| m.0.name.ends_with(&format!(" {short}")))
                    })
                    .flatten();
                match full {
                    Some(j) => {
                        let (p, first, count) = people.remove(k);
                        let j = if j > k { j - 1 } else { j };
                        let m = &mut people[j];
                        m.1 = m.1.min(first);
                        m.2 += count;
                        m.0.role = m.0.role.take().or(p.role);
                        m.0.affiliation = m.0.affiliation.take().or(p.affiliation);
                    }
                    None => k += 1,
                }
            }
            people.sort_by_key(|m| m.1);
            mentions.extend(people.into_iter().map(|(p, i, count)| {
                let value = crate::facts::display::value_text(&crate::facts::FactValue::Person(p));
                (value, i, count)
            }));
            let mut group: Vec<(i64, usize, String, Vec<usize>)> = mentions
                .into_iter()
                .filter_map(|(value, i, count)| {
                    let label = if once {
                        if count > 1 {
                            format!("{value}  ×{count}")
                        } else {
                            value
                        }
                    } else {
                        corpus.fact_label(self.article, i)
                    };
                    let m = crate::fuzzy::score(&self.facts_filter.text, &label)?;
                    Some((m.score, i, label, m.positions))
                })
                .collect();
            if group.is_empty() {
                continue;
            }
            if !self.facts_filter.text.is_empty() {
                group.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            }
            rows.push(FactRow::Heading {
                kind,
                count: group.len(),
            });
            rows.extend(
                group
                    .into_iter()
                    .map(|(_, index, label, matched)| FactRow::Fact {
                        index,
                        label,
                        matched,
                    }),
            );
        }
        // Acronyms used but not defined here, explained from the rest of the corpus.
        let defined: std::collections::HashSet<&str> = facts
            .iter()
            .filter(|f| section_of(f))
            .filter_map(|f| match &*f.value {
                crate::facts::FactValue::Acronym(a) => Some(a.short.as_str()),
                _ => None,
            })
            .collect();
        let mut scope_text = String::new();
        for b in article.blocks.get(range.clone()).unwrap_or(&[]) {
            // A bound on the work per frame, for huge articles.
            if scope_text.len() > 200_000 {
                break;
            }
            scope_text.push_str(article.block_text(b));
            scope_text.push('\n');
        }
        let glossary: Vec<(String, Vec<usize>)> = corpus
            .acronyms_in(&scope_text)
            .into_iter()
            .filter(|(short, _)| !defined.contains(short))
            .filter_map(|(short, g)| {
                let label = format!("{short} = {}", g.long);
                let m = crate::fuzzy::score(&self.facts_filter.text, &label)?;
                Some((label, m.positions))
            })
            .collect();
        if !glossary.is_empty() && self.settings.kinds & (1 << FactKind::Acronym as u16) != 0 {
            rows.push(FactRow::GlossaryHeading {
                count: glossary.len(),
            });
            rows.extend(
                glossary
                    .into_iter()
                    .map(|(label, matched)| FactRow::Glossary { label, matched }),
            );
        }
        rows
    }

    /// Explains the acronym under the mouse in the article, in the status bar.
    fn hover(&mut self, x: u16, y: u16, corpus: &Corpus) {
        let panes = self.panes();
        let Some(rect) = panes
            .of(Pane::Body)
            .filter(|_| panes.at(x, y) == Some(Pane::Body))
        else {
            return;
        };
        let inner = layout::inner(rect);
        if y < inner.y || x < inner.x {
            return;
        }
        let Some(line) = self.layout.lines.get(self.scroll + (y - inner.y) as usize) else {
            return;
        };
        let text = line.text();
        // The character under the pointer, counting display columns.
        let column = (x - inner.x) as usize;
        let mut at = None;
        let mut used = 0;
        for (i, c) in text.char_indices() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if column < used + w.max(1) {
                at = Some(i);
                break;
            }
            used += w;
        }
        let Some(at) = at else { return };
        let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '&';
        let start = text[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| !is_word(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = text[at..]
            .find(|c: char| !is_word(c))
            .map_or(text.len(), |i| at + i);
        let word = text[start..end].trim_matches('-');
        if let Some(g) = corpus.explain(word) {
            let from = corpus
                .articles
                .get(g.article)
                .map(|a| short(&a.title, 40))
                .unwrap_or_default();
            self.message = Some(format!("{word} = {} (defined in {from})", g.long));
        }
    }

    /// The topics pane's rows for the current view, expansion and filter.
    pub fn topic_rows(&self, corpus: &Corpus) -> Vec<TopicRow> {
        let filtering = !self.topics_filter.text.is_empty();
        let mut rows = Vec::new();
        let section_label = |a: usize, s: usize, with_article: bool| -> String {
            let Some(article) = corpus.articles.get(a) else {
                return String::new();
            };
            let title = article.sections.get(s).map_or("", |x| x.title.as_str());
            if with_article {
                format!("{title} · {}", short(&article.title, 40))
            } else {
                title.to_string()
            }
        };
        match self.view {
            TopicsView::ByTopic => {
                for (t, topic) in corpus.topics.iter().enumerate() {
                    let refs = corpus.topic_index.get(t).map(Vec::as_slice).unwrap_or(&[]);
                    let item = TopicItem::Topic(t);
                    let expanded = self.expanded.contains(&item) || filtering;
                    rows.push(TopicRow {
                        item,
                        depth: 0,
                        label: format!(
                            "{} ({})",
                            topic.short.as_deref().unwrap_or(&topic.name),
                            refs.len()
                        ),
                        matched: Vec::new(),
                        expandable: !refs.is_empty(),
                        expanded,
                    });
                    if expanded {
                        for r in refs {
                            rows.push(TopicRow {
                                item: TopicItem::Section {
                                    article: r.article(),
                                    section: r.section(),
                                },
                                depth: 1,
                                label: section_label(r.article(), r.section(), true),
                                matched: Vec::new(),
                                expandable: false,
                                expanded: false,
                            });
                        }
                    }
                }
            }
            TopicsView::ByArticle => {
                for (a, article) in corpus.articles.iter().enumerate() {
                    let item = TopicItem::Article(a);
                    let expanded = self.expanded.contains(&item) || filtering;
                    let date = article
                        .date
                        .map(|d| format!("{d} "))
                        .or_else(|| article.period.as_ref().map(|p| format!("{p} ")))
                        .unwrap_or_default();
                    rows.push(TopicRow {
                        item,
                        depth: 0,
                        label: format!("{date}{}", article.title),
                        matched: Vec::new(),
                        expandable: true,
                        expanded,
                    });
                    if expanded {
                        for (s, section) in article.sections.iter().enumerate() {
                            rows.push(TopicRow {
                                item: TopicItem::Section {
                                    article: a,
                                    section: s,
                                },
                                depth: section.level,
                                label: section.title.clone(),
                                matched: Vec::new(),
                                expandable: false,
                                expanded: false,
                            });
                        }
                    }
                }
            }
        }
        if filtering {
            let mut scored: Vec<(i64, usize, TopicRow)> = rows
                .into_iter()
                .enumerate()
                .filter_map(|(i, mut r)| {
                    let m = crate::fuzzy::score(&self.topics_filter.text, &r.label)?;
                    r.matched = m.positions;
                    r.depth = 0;
                    Some((m.score, i, r))
                })
                .collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            rows = scored.into_iter().map(|(_, _, r)| r).collect();
        }
        rows
    }

    /// Key hints for the status bar, from the keymap.
    pub fn hints(&self, keymap: &Keymap) -> String {
        let context = self.context();
        let wanted: &[Action] = match context {
            Context::Filter => &[Action::Confirm, Action::Cancel],
            Context::Help => &[Action::Filter, Action::Cancel],
            Context::Marks => &[Action::Confirm, Action::DeleteMark, Action::Cancel],
            Context::Topics => &[
                Action::Open,
                Action::Filter,
                Action::ToggleView,
                Action::Help,
            ],
            Context::Body => &[
                Action::Filter,
                Action::NextSection,
                Action::OpenLink,
                Action::Help,
            ],
            Context::Facts => &[
                Action::Open,
                Action::Filter,
                Action::FactsScope,
                Action::Help,
            ],
            _ => &[Action::Help],
        };
        wanted
            .iter()
            .filter_map(|&a| {
                let keys = keymap.keys_for(context, a);
                keys.first().map(|k| format!("{k} {}", a.name()))
            })
            .collect::<Vec<_>>()
            .join("  ")
    }
}

/// The first words of a text on one line, at most `max` characters.
fn snippet(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    short(&flat, max)
}

/// Where a mark is in an article's current text: its saved range while the text there still
/// starts with the marked words, else the first place those words are found (the file may
/// have changed since), else the saved range clamped to the text.
fn anchor(text: &str, mark: &crate::state::Bookmark) -> Range<usize> {
    let words: Vec<&str> = mark
        .label
        .trim_end_matches('…')
        .split_whitespace()
        .take(6)
        .collect();
    let same = text
        .get(mark.start..mark.end.min(text.len()))
        .is_some_and(|t| snippet(t, 80) == mark.label);
    if !same && let Some(first) = words.first() {
        for (at, _) in text.match_indices(first) {
            let window = text.get(at..floor_char(text, (at + 400).min(text.len())));
            if snippet(window.unwrap_or(""), 400).starts_with(&words.join(" ")) {
                let end = floor_char(text, at + (mark.end - mark.start).min(text.len() - at));
                return at..end;
            }
        }
    }
    let start = floor_char(text, mark.start.min(text.len()));
    let end = floor_char(text, mark.end.min(text.len())).max(start);
    start..end
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn step(pos: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    pos.saturating_add_signed(delta).min(len - 1)
}

/// The first visible row of a list so that `selected` is shown.
pub fn list_offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        return selected;
    }
    selected.saturating_sub(height.saturating_sub(1))
}

pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Case-insensitive (unless the query has a capital) matches in the displayed blocks, as byte
/// ranges of the article text.
pub fn find_hits(layout: &BodyLayout, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    let smart = query.chars().any(char::is_uppercase);
    let fold = |c: char| {
        if smart {
            c
        } else {
            c.to_lowercase().next().unwrap_or(c)
        }
    };
    let needle: Vec<char> = query.chars().map(fold).collect();
    let mut hits = Vec::new();
    for d in &layout.displays {
        let chars: Vec<(usize, char)> = d.text.char_indices().map(|(i, c)| (i, fold(c))).collect();
        if chars.len() < needle.len() {
            continue;
        }
        let mut i = 0;
        while i + needle.len() <= chars.len() {
            if chars[i..i + needle.len()]
                .iter()
                .map(|(_, c)| *c)
                .eq(needle.iter().copied())
            {
                let start = chars[i].0;
                let end = chars
                    .get(i + needle.len())
                    .map_or(d.text.len(), |(b, _)| *b);
                let (s, e) = (d.src.get(start).copied(), d.src.get(end).copied());
                if let (Some(s), Some(e)) = (s, e)
                    && s != usize::MAX
                    && e != usize::MAX
                    && e > s
                {
                    hits.push(s..e);
                }
                i += needle.len();
            } else {
                i += 1;
            }
        }
    }
    hits
}
