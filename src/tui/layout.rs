//! Where each pane goes for a terminal size: three panes, one pane when narrow, or a notice when
//! too small. Shared by drawing and by mouse handling so both agree.

use ratatui::layout::Rect;

use super::app::Pane;

/// The screen's rectangles. Panes that are not shown are `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Panes {
    pub topics: Option<Rect>,
    pub body: Option<Rect>,
    pub facts: Option<Rect>,
    /// The one-line pane indicator of the narrow layout.
    pub indicator: Option<Rect>,
    pub status: Option<Rect>,
    /// Below 20×5 only a notice fits.
    pub too_small: bool,
}

impl Panes {
    pub fn of(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Topics => self.topics,
            Pane::Body => self.body,
            Pane::Facts => self.facts,
        }
    }

    /// The pane under a screen position.
    pub fn at(&self, x: u16, y: u16) -> Option<Pane> {
        [Pane::Topics, Pane::Body, Pane::Facts]
            .into_iter()
            .find(|&p| self.of(p).is_some_and(|r| r.contains((x, y).into())))
    }
}

/// Percent of the width for the topics and facts panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widths {
    pub topics: u16,
    pub facts: u16,
}

impl Default for Widths {
    fn default() -> Self {
        Widths {
            topics: 25,
            facts: 30,
        }
    }
}

pub fn panes(area: Rect, focus: Pane, widths: Widths) -> Panes {
    if area.width < 20 || area.height < 5 {
        return Panes {
            too_small: true,
            ..Panes::default()
        };
    }
    let status = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    let main = Rect {
        height: area.height - 1,
        ..area
    };
    if area.width < 60 || area.height < 15 {
        let indicator = Rect { height: 1, ..main };
        let pane = Rect {
            y: main.y + 1,
            height: main.height.saturating_sub(1),
            ..main
        };
        let mut p = Panes {
            indicator: Some(indicator),
            status: Some(status),
            ..Panes::default()
        };
        match focus {
            Pane::Topics => p.topics = Some(pane),
            Pane::Body => p.body = Some(pane),
            Pane::Facts => p.facts = Some(pane),
        }
        return p;
    }
    let topics_w = (main.width as u32 * widths.topics.clamp(10, 45) as u32 / 100) as u16;
    let facts_w = (main.width as u32 * widths.facts.clamp(10, 45) as u32 / 100) as u16;
    let body_w = main.width.saturating_sub(topics_w + facts_w);
    Panes {
        topics: Some(Rect {
            width: topics_w,
            ..main
        }),
        body: Some(Rect {
            x: main.x + topics_w,
            width: body_w,
            ..main
        }),
        facts: Some(Rect {
            x: main.x + topics_w + body_w,
            width: facts_w,
            ..main
        }),
        indicator: None,
        status: Some(status),
        too_small: false,
    }
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gives_rectangles_inside_the_screen() {
        for w in 0..130u16 {
            for h in 0..45u16 {
                let area = Rect::new(0, 0, w, h);
                for focus in [Pane::Topics, Pane::Body, Pane::Facts] {
                    let p = panes(area, focus, Widths::default());
                    for r in [p.topics, p.body, p.facts, p.indicator, p.status]
                        .into_iter()
                        .flatten()
                    {
                        assert!(r.right() <= w && r.bottom() <= h, "{r:?} in {w}x{h}");
                    }
                    assert_eq!(p.too_small, w < 20 || h < 5);
                }
            }
        }
    }

    #[test]
    fn narrow_screens_show_only_the_focused_pane() {
        let p = panes(Rect::new(0, 0, 40, 12), Pane::Facts, Widths::default());
        assert!(
            p.topics.is_none() && p.body.is_none() && p.facts.is_some() && p.indicator.is_some()
        );
        let p = panes(Rect::new(0, 0, 120, 40), Pane::Facts, Widths::default());
        assert!(p.topics.is_some() && p.body.is_some() && p.facts.is_some());
        assert_eq!(p.at(1, 1), Some(Pane::Topics));
    }
}
