//! Drawing: reads the app's state and the corpus, changes nothing.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};
use unicode_width::UnicodeWidthStr;

use super::app::{App, FactRow, FactsScope, Pane, TopicItem, TopicsView, list_offset, short};
use super::body::{Look, Segment};
use super::layout::inner;
use super::theme::Theme;
use crate::corpus::Corpus;
use crate::facts::FactKind;
use crate::keymap::{Context, Keymap};

fn kind_title(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Date => "Dates",
        FactKind::Vote => "Votes",
        FactKind::Document => "Documents",
        FactKind::Money => "Money",
        FactKind::Figure => "Figures",
        FactKind::Acronym => "Acronyms",
        FactKind::Person => "People",
        FactKind::Organization => "Organisations",
        FactKind::Place => "Places",
        FactKind::Quote => "Quotes",
        FactKind::Source => "Sources",
    }
}

pub fn draw(frame: &mut Frame, app: &App, corpus: &Corpus, keymap: &Keymap) {
    let area = frame.area();
    let panes = app.panes();
    if panes.too_small {
        let notice = format!(
            "terminal too small ({}×{}); need 20×5",
            area.width, area.height
        );
        let row = Rect {
            height: area.height.min(1),
            ..area
        };
        frame.render_widget(Paragraph::new(notice), row);
        return;
    }
    if let Some(r) = panes.indicator {
        draw_indicator(frame, r, app);
    }
    if let Some(r) = panes.topics {
        draw_topics(frame, r, app, corpus);
    }
    if let Some(r) = panes.body {
        draw_body(frame, r, app, corpus);
    }
    if let Some(r) = panes.facts {
        draw_facts(frame, r, app, corpus);
    }
    if let Some(r) = panes.status {
        draw_status(frame, r, app, corpus, keymap);
    }
    if !app.banner.is_empty() {
        draw_banner(frame, area, app);
    }
    if let Some((keys, next)) = &app.pending {
        draw_pending(frame, &app.settings.theme, area, keys, next);
    }
    if app.help.is_some() {
        draw_help(frame, area, app, keymap);
    }
    if app.palette.is_some() {
        draw_palette(frame, area, app, corpus);
    }
    if app.marks.is_some() {
        draw_marks(frame, area, app, corpus);
    }
}

fn draw_marks(frame: &mut Frame, area: Rect, app: &App, corpus: &Corpus) {
    let t = &app.settings.theme;
    let Some(selected) = app.marks else { return };
    let r = centered(
        area,
        area.width.saturating_sub(4).min(100),
        (app.bookmarks.len() as u16 + 2).clamp(4, area.height.saturating_sub(2)),
    );
    if r.width < 10 || r.height < 3 {
        return;
    }
    frame.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(
            " marks ({}) · enter jumps · d deletes · esc closes ",
            app.bookmarks.len()
        ))
        .border_style(t.fg(t.focus));
    let inner_area = inner(r);
    frame.render_widget(block, r);
    let height = inner_area.height as usize;
    let width = inner_area.width as usize;
    let mut lines = Vec::new();
    for (i, mark) in app
        .bookmarks
        .iter()
        .enumerate()
        .skip(list_offset(selected, height))
        .take(height)
    {
        let loaded = corpus.articles.iter().find(|a| a.path == mark.article);
        let mut base = Style::default();
        if loaded.is_none() {
            base = t.on(base, t.dim);
        }
        if i == selected {
            base = base.add_modifier(Modifier::REVERSED);
        }
        let title = loaded.map_or(mark.article.as_str(), |a| a.title.as_str());
        let text = format!("{:<10} {} › {}", mark.kind, short(title, 28), mark.label);
        lines.push(Line::styled(short(&text, width), base));
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            "no marks yet: m marks the paragraph at the top, or the selected fact",
            t.fg(t.dim),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner_area);
}

fn hit_color(t: &Theme, kind: crate::search::HitKind) -> Color {
    match kind {
        crate::search::HitKind::Article => t.title,
        crate::search::HitKind::Section => t.heading,
        crate::search::HitKind::Fact(k) => t.kind(k),
        crate::search::HitKind::Text => t.dim,
    }
}

fn draw_palette(frame: &mut Frame, area: Rect, app: &App, corpus: &Corpus) {
    let Some(p) = &app.palette else { return };
    let t = &app.settings.theme;
    let r = centered(
        area,
        area.width.saturating_sub(6).min(120),
        area.height.saturating_sub(4),
    );
    if r.width < 10 || r.height < 5 {
        return;
    }
    frame.render_widget(Clear, r);
    let title = if app.indexing {
        " lookup · indexing the corpus… · esc closes ".to_string()
    } else {
        format!(
            " lookup · {} hits · enter opens · esc closes ",
            p.hits.len()
        )
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(t.fg(t.accent));
    let inner_area = inner(r);
    frame.render_widget(block, r);
    let query = Line::from(vec![
        Span::styled("› ", t.fg(t.accent)),
        Span::raw(p.input.text.clone()),
        Span::styled("▏", t.fg(t.accent)),
    ]);
    frame.render_widget(
        Paragraph::new(query),
        Rect {
            height: 1,
            ..inner_area
        },
    );
    let list_h = (inner_area.height.saturating_sub(2) * 2 / 3).max(1);
    let list_area = Rect {
        y: inner_area.y + 1,
        height: list_h,
        ..inner_area
    };
    let offset = list_offset(p.selected, list_h as usize);
    let width = inner_area.width as usize;
    let mut lines = Vec::new();
    for (i, hit) in p.hits.iter().enumerate().skip(offset).take(list_h as usize) {
        let Some(e) = app.index.entries.get(hit.entry) else {
            continue;
        };
        let Some(a) = corpus.articles.get(e.article()) else {
            continue;
        };
        let mut base = Style::default();
        if i == p.selected {
            base = base.add_modifier(Modifier::REVERSED);
        }
        let tag = format!("{:<8} ", e.kind().name());
        let place = format!("{} › ", short(&a.title, 24));
        let mut spans = vec![
            Span::styled(tag.clone(), t.on(base, hit_color(t, e.kind()))),
            Span::styled(place.clone(), t.on(base, t.dim)),
        ];
        let rest = width.saturating_sub(tag.width() + place.width());
        spans.extend(highlighted(
            t,
            &app.index.text(corpus, e),
            &hit.positions,
            rest,
            base,
        ));
        lines.push(Line::from(spans));
    }
    if p.hits.is_empty() && !p.input.text.is_empty() {
        lines.push(Line::styled("nothing matches", t.fg(t.dim)));
    }
    frame.render_widget(Paragraph::new(lines), list_area);
    // Preview: the selected hit in its paragraph.
    let preview_area = Rect {
        y: list_area.y + list_h,
        height: inner_area.height.saturating_sub(list_h + 1),
        ..inner_area
    };
    if preview_area.height == 0 {
        return;
    }
    if let Some(e) = p
        .hits
        .get(p.selected)
        .and_then(|h| app.index.entries.get(h.entry))
        && let Some(a) = corpus.articles.get(e.article())
    {
        let section = e
            .section(corpus)
            .and_then(|s| a.sections.get(s))
            .map_or("", |s| s.title.as_str());
        let block_text = a
            .blocks
            .iter()
            .find(|b| {
                b.span.start <= e.span().start && e.span().start < b.span.end.max(b.span.start + 1)
            })
            .map(|b| a.block_display(b));
        let mut preview = vec![Line::styled(
            format!("─ {} › {}", a.title, section),
            t.fg(t.dim),
        )];
        let body = block_text.unwrap_or_else(|| app.index.text(corpus, e).into_owned());
        for l in textwrap::wrap(&body, (preview_area.width as usize).max(10)) {
            preview.push(Line::raw(l.into_owned()));
        }
        frame.render_widget(Paragraph::new(preview), preview_area);
    }
}

fn pane_block(app: &App, pane: Pane, title: String) -> Block<'static> {
    let t = &app.settings.theme;
    let focused = app.focus == pane;
    let style = if focused {
        t.fg(t.focus).add_modifier(Modifier::BOLD)
    } else {
        t.fg(t.dim)
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(title, style))
}

fn draw_indicator(frame: &mut Frame, r: Rect, app: &App) {
    let t = &app.settings.theme;
    let spans: Vec<Span> = Pane::ALL
        .iter()
        .enumerate()
        .flat_map(|(i, &p)| {
            let text = format!(" {} {} ", i + 1, p.title());
            let style = if p == app.focus {
                Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
            } else {
                t.fg(t.dim)
            };
            [Span::styled(text, style), Span::raw(" ")]
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), r);
}

/// A label with matched characters highlighted, cut to a width.
fn highlighted(
    t: &Theme,
    label: &str,
    matched: &[usize],
    width: usize,
    base: Style,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut used = 0;
    for (i, c) in label.chars().enumerate() {
        let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
        if used + w > width {
            break;
        }
        used += w;
        let style = if matched.contains(&i) {
            t.on(base, t.accent)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            base
        };
        spans.push(Span::styled(c.to_string(), style));
    }
    spans
}

fn draw_topics(frame: &mut Frame, r: Rect, app: &App, corpus: &Corpus) {
    let t = &app.settings.theme;
    let view = match app.view {
        TopicsView::ByTopic => "by topic",
        TopicsView::ByArticle => "by article",
    };
    let block = pane_block(app, Pane::Topics, format!(" 1 topics · {view} "));
    let mut area = inner(r);
    frame.render_widget(block, r);
    area = draw_input_line(frame, t, area, &app.topics_filter, "filter");
    let rows = app.topic_rows(corpus);
    let height = area.height as usize;
    let offset = list_offset(app.topics_selected, height);
    let current = app.current_section(corpus);
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(offset).take(height) {
        let selected = i == app.topics_selected;
        let is_current = matches!(row.item, TopicItem::Section { article, section } if article == app.article && section == current);
        let mut base = Style::default();
        if matches!(row.item, TopicItem::Topic(_) | TopicItem::Article(_)) {
            base = base.add_modifier(Modifier::BOLD);
        }
        if is_current {
            base = t.on(base, t.focus);
        }
        if selected {
            base = if app.focus == Pane::Topics {
                base.add_modifier(Modifier::REVERSED)
            } else {
                base.add_modifier(Modifier::UNDERLINED)
            };
        }
        let marker = if row.expandable {
            if row.expanded { "▾ " } else { "▸ " }
        } else if is_current {
            "● "
        } else {
            "  "
        };
        let indent = "  ".repeat(row.depth.min(6) as usize);
        let prefix = format!("{indent}{marker}");
        let width = (area.width as usize).saturating_sub(prefix.width());
        let mut spans = vec![Span::styled(prefix, base)];
        spans.extend(highlighted(t, &row.label, &row.matched, width, base));
        lines.push(Line::from(spans));
    }
    if rows.is_empty() {
        lines.push(Line::styled("nothing matches", t.fg(t.dim)));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// Draws a filter or search line at the bottom of a pane; returns the space left above it.
fn draw_input_line(
    frame: &mut Frame,
    t: &Theme,
    area: Rect,
    input: &super::app::Input,
    name: &str,
) -> Rect {
    if (!input.editing && input.text.is_empty()) || area.height < 2 {
        return area;
    }
    let line = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    let cursor = if input.editing { "▏" } else { "" };
    let text = format!("/{}{cursor}", input.text);
    let style = t.fg(t.accent);
    frame.render_widget(
        Paragraph::new(Span::styled(format!("{name} {text}"), style)),
        line,
    );
    Rect {
        height: area.height - 1,
        ..area
    }
}

fn look_style(t: &Theme, look: Look) -> Style {
    let s = Style::default();
    match look {
        Look::Plain => s,
        Look::Title => t.on(s.add_modifier(Modifier::BOLD), t.title),
        Look::Byline => t.on(s, t.dim),
        Look::Heading(1) => t.on(s.add_modifier(Modifier::BOLD), t.heading),
        Look::Heading(2) => t.on(s.add_modifier(Modifier::BOLD), t.subheading),
        Look::Heading(_) => s.add_modifier(Modifier::BOLD),
        Look::Marker => t.on(s, t.dim),
        Look::Strong => s.add_modifier(Modifier::BOLD),
        Look::Emphasis => s.add_modifier(Modifier::ITALIC),
        Look::Code => t.on(s, t.code),
        Look::Link => t.on(s, t.link).add_modifier(Modifier::UNDERLINED),
        Look::FootnoteRef => t.on(s, t.dim).add_modifier(Modifier::DIM),
        Look::Quote => s.add_modifier(Modifier::ITALIC),
        Look::Furniture => t.on(s, t.dim).add_modifier(Modifier::CROSSED_OUT),
        Look::Hyphen => t.on(s, t.dim),
    }
}

/// Ranges of the article text with the style they add on top of their look.
struct Marks {
    ranges: Vec<(Range<usize>, Style)>,
}

impl Marks {
    fn style_at(&self, offset: usize) -> Option<Style> {
        let mut out: Option<Style> = None;
        for (r, s) in &self.ranges {
            if r.contains(&offset) {
                out = Some(out.map_or(*s, |o| o.patch(*s)));
            }
        }
        out
    }
}

fn draw_body(frame: &mut Frame, r: Rect, app: &App, corpus: &Corpus) {
    let t = &app.settings.theme;
    let title = corpus.articles.get(app.article).map_or(String::new(), |a| {
        short(&a.title, r.width.saturating_sub(8) as usize)
    });
    let block = pane_block(app, Pane::Body, format!(" 2 {title} "));
    let mut area = inner(r);
    frame.render_widget(block, r);
    area = draw_input_line(frame, t, area, &app.search.input, "search");
    let height = area.height as usize;

    // Facts of the current section underlined in their kind's colour; search hits and the
    // chosen fact on top.
    let mut marks = Marks { ranges: Vec::new() };
    if let (Some(article), Some(facts)) = (
        corpus.articles.get(app.article),
        corpus.facts().get(app.article),
    ) {
        let s = app.current_section(corpus);
        let range = article.sections.get(s).map_or(0..0, |s| {
            s.blocks.start as usize..s.end_block.max(s.blocks.end) as usize
        });
        for f in facts
            .iter()
            .filter(|f| f.block.is_some_and(|b| range.contains(&b)))
        {
            let mut style = Style::default().add_modifier(Modifier::UNDERLINED);
            if t.colored {
                style = style.underline_color(t.kind(f.kind));
            }
            marks.ranges.push((f.span.clone(), style));
        }
    }
    for (i, hit) in app.search.hits.iter().enumerate() {
        let style = t.hit(i == app.search.current);
        marks.ranges.push((hit.clone(), style));
    }
    if let Some(h) = &app.highlight {
        marks
            .ranges
            .push((h.clone(), Style::default().add_modifier(Modifier::REVERSED)));
    }

    let mut lines = Vec::with_capacity(height);
    for line in app.layout.lines.iter().skip(app.scroll).take(height) {
        let mut spans = Vec::new();
        for seg in &line.segments {
            push_segment(t, &mut spans, seg, &marks);
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
    if app.layout.lines.len() > height && r.height > 2 {
        let mut state =
            ScrollbarState::new(app.layout.lines.len().saturating_sub(height)).position(app.scroll);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None);
        let bar_area = Rect {
            y: r.y + 1,
            height: r.height - 2,
            ..r
        };
        frame.render_stateful_widget(bar, bar_area, &mut state);
    }
}

fn push_segment(t: &Theme, spans: &mut Vec<Span<'static>>, seg: &Segment, marks: &Marks) {
    let base = look_style(t, seg.look);
    let Some(src) = &seg.src else {
        spans.push(Span::styled(seg.text.clone(), base));
        return;
    };
    if !seg.exact {
        let style = marks.style_at(src.start).map_or(base, |m| base.patch(m));
        spans.push(Span::styled(seg.text.clone(), style));
        return;
    }
    // Split where the marks change.
    let mut run = String::new();
    let mut run_style: Option<Style> = None;
    for (i, c) in seg.text.char_indices() {
        let style = marks
            .style_at(src.start + i)
            .map_or(base, |m| base.patch(m));
        if run_style.is_some_and(|s| s != style) {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                run_style.unwrap_or(base),
            ));
        }
        run_style = Some(style);
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style.unwrap_or(base)));
    }
}

fn draw_facts(frame: &mut Frame, r: Rect, app: &App, corpus: &Corpus) {
    let t = &app.settings.theme;
    let scope = match app.facts_scope {
        FactsScope::Section => "section",
        FactsScope::Article => "article",
    };
    let block = pane_block(app, Pane::Facts, format!(" 3 key facts · {scope} "));
    let mut area = inner(r);
    frame.render_widget(block, r);
    area = draw_input_line(frame, t, area, &app.facts_filter, "filter");
    let rows = app.fact_rows(corpus);
    let height = area.height as usize;
    let offset = list_offset(app.facts_selected, height);
    let width = area.width as usize;
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(offset).take(height) {
        match row {
            FactRow::Heading { kind, count } => {
                let style = t.fg(t.kind(*kind)).add_modifier(Modifier::BOLD);
                lines.push(Line::styled(
                    short(&format!("{} ({count})", kind_title(*kind)), width),
                    style,
                ));
            }
            FactRow::GlossaryHeading { count } => {
                let style = t.fg(t.kind(FactKind::Acronym)).add_modifier(Modifier::BOLD);
                lines.push(Line::styled(
                    short(&format!("Glossary ({count})"), width),
                    style,
                ));
            }
            FactRow::Glossary { label, matched } => {
                let base = t.fg(t.dim);
                let mut spans = vec![Span::styled("  ", base)];
                spans.extend(highlighted(
                    t,
                    label,
                    matched,
                    width.saturating_sub(2),
                    base,
                ));
                lines.push(Line::from(spans));
            }
            FactRow::Fact { label, matched, .. } => {
                let mut base = Style::default();
                if i == app.facts_selected {
                    base = if app.focus == Pane::Facts {
                        base.add_modifier(Modifier::REVERSED)
                    } else {
                        base.add_modifier(Modifier::UNDERLINED)
                    };
                }
                let mut spans = vec![Span::styled("  ", base)];
                spans.extend(highlighted(
                    t,
                    label,
                    matched,
                    width.saturating_sub(2),
                    base,
                ));
                lines.push(Line::from(spans));
            }
        }
    }
    if rows.is_empty() {
        let text = if !corpus.facts_ready() {
            "finding key facts…"
        } else if app.facts_filter.text.is_empty() {
            "no facts in this part (a: whole article)"
        } else {
            "no fact matches the filter"
        };
        lines.push(Line::styled(text, t.fg(t.dim)));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_status(frame: &mut Frame, r: Rect, app: &App, corpus: &Corpus, keymap: &Keymap) {
    let t = &app.settings.theme;
    let Some(article) = corpus.articles.get(app.article) else {
        return;
    };
    let section = app.current_section(corpus);
    let section_title = article
        .sections
        .get(section)
        .map_or("", |s| s.title.as_str());
    let total = app
        .layout
        .lines
        .len()
        .saturating_sub(app.body_height())
        .max(1);
    let percent = (app.scroll * 100 / total).min(100);
    let mode = if app.help.is_some() {
        "HELP"
    } else if app.context() == Context::Filter {
        if app.focus == Pane::Body {
            "SEARCH"
        } else {
            "FILTER"
        }
    } else {
        "READ"
    };
    let mut left = format!(
        " {mode} │ {} › {} │ {percent}%",
        short(&article.title, 30),
        short(section_title, 30)
    );
    if !app.search.hits.is_empty() {
        left.push_str(&format!(
            " │ {}/{}",
            app.search.current + 1,
            app.search.hits.len()
        ));
    } else if !app.search.input.text.is_empty() {
        left.push_str(" │ 0/0");
    }
    let right = app.message.clone().unwrap_or_else(|| app.hints(keymap));
    let width = r.width as usize;
    let left_w = left.width().min(width);
    let right = short(&right, width.saturating_sub(left_w + 2));
    let gap = width.saturating_sub(left_w + right.width());
    let line = Line::from(vec![
        Span::styled(
            short(&left, width),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Span::raw(" ".repeat(gap)),
        Span::styled(
            right,
            t.fg(if app.message.is_some() {
                t.accent
            } else {
                t.dim
            }),
        ),
    ]);
    frame.render_widget(
        Paragraph::new(line).style(t.behind(Style::default(), t.status)),
        r,
    );
}

/// A box centred in `area`, clamped to it.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn draw_banner(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.settings.theme;
    let width = area.width.saturating_sub(4).max(10);
    let lines: Vec<Line> = app
        .banner
        .iter()
        .map(|l| Line::styled(short(l, width.saturating_sub(2) as usize), t.fg(t.error)))
        .chain([Line::styled("esc: dismiss", t.fg(t.dim))])
        .collect();
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(1));
    let r = Rect {
        x: area.x + (area.width - width.min(area.width)) / 2,
        y: area.y,
        width: width.min(area.width),
        height,
    };
    frame.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" problems ")
        .border_style(t.fg(t.error));
    frame.render_widget(Paragraph::new(lines).block(block), r);
}

fn draw_pending(
    frame: &mut Frame,
    t: &Theme,
    area: Rect,
    keys: &[crate::keymap::Key],
    next: &[(crate::keymap::Key, Vec<crate::keymap::Action>)],
) {
    let lines: Vec<Line> = next
        .iter()
        .map(|(k, actions)| {
            let names: Vec<&str> = actions.iter().map(|a| a.name()).collect();
            Line::from(vec![
                Span::styled(format!("{k:>6} "), t.fg(t.accent)),
                Span::raw(names.join(", ")),
            ])
        })
        .collect();
    let width = lines.iter().map(Line::width).max().unwrap_or(10) as u16 + 2;
    let height = lines.len() as u16 + 2;
    let w = width.min(area.width);
    let h = height.min(area.height.saturating_sub(1));
    let r = Rect {
        x: area.x + area.width - w,
        y: area.y + area.height.saturating_sub(h + 1),
        width: w,
        height: h,
    };
    let title: Vec<String> = keys.iter().map(ToString::to_string).collect();
    frame.render_widget(Clear, r);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" {} … ", title.join(" "))),
        ),
        r,
    );
}

/// The help overlay's lines: every binding of the effective keymap, grouped by context.
pub fn help_lines(t: &Theme, keymap: &Keymap, filter: &str) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut last = None;
    for (context, keys, actions) in keymap.entries() {
        let names: Vec<&str> = actions.iter().map(|a| a.name()).collect();
        let about = actions
            .iter()
            .map(|a| a.describe())
            .collect::<Vec<_>>()
            .join(", then ");
        let text = format!("{keys} {} {about}", names.join(" "));
        if !filter.is_empty() && crate::fuzzy::score(filter, &text).is_none() {
            continue;
        }
        if last != Some(context) {
            if last.is_some() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(
                format!("[{}]", context.name()),
                t.fg(t.focus).add_modifier(Modifier::BOLD),
            ));
            last = Some(context);
        }
        lines.push(Line::from(vec![
            Span::styled(format!("  {keys:<10}"), t.fg(t.accent)),
            Span::styled(
                format!("{:<20}", names.join(", ")),
                Style::default().add_modifier(Modifier::BOLD),
            ),
            Span::raw(about),
        ]));
    }
    if lines.is_empty() {
        lines.push(Line::raw("no key matches"));
    }
    lines
}

fn draw_help(frame: &mut Frame, area: Rect, app: &App, keymap: &Keymap) {
    let t = &app.settings.theme;
    let Some(help) = &app.help else { return };
    let r = centered(
        area,
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    );
    if r.width < 4 || r.height < 3 {
        return;
    }
    let lines = help_lines(t, keymap, &help.filter.text);
    let inner_h = r.height.saturating_sub(2) as usize;
    let max_scroll = lines.len().saturating_sub(inner_h);
    let scroll = help.scroll.min(max_scroll);
    let filter = if help.filter.editing || !help.filter.text.is_empty() {
        format!(
            " help · filter /{}{} ",
            help.filter.text,
            if help.filter.editing { "▏" } else { "" }
        )
    } else {
        " help · type to filter · esc closes ".to_string()
    };
    frame.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(filter)
        .border_style(t.fg(t.focus));
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(inner_h).collect();
    frame.render_widget(Paragraph::new(visible).block(block), r);
}
