//! Undo and redo for every edit, with a drag or a pinch counted as one step.

use super::edit::Refused;
use super::Story;

/// How many steps can be undone; older ones are forgotten.
pub const UNDO_STEPS: usize = 100;

/// A story being edited, with its undo and redo steps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Editing {
    pub story: Story,
    undo: Vec<Story>,
    redo: Vec<Story>,
    /// The story as it was when a gesture (a drag, a pinch) began.
    gesture_start: Option<Story>,
    /// Counts every change to `story`, so a screen can tell it changed without comparing.
    revision: u64,
}

impl Editing {
    pub fn new(story: Story) -> Editing {
        Editing {
            story,
            ..Editing::default()
        }
    }

    /// Makes an edit as one undo step; a refused or no-op edit leaves no step.
    pub fn apply<T>(
        &mut self,
        edit: impl FnOnce(&mut Story) -> Result<T, Refused>,
    ) -> Result<T, Refused> {
        if self.gesture_start.is_some() {
            // Within a gesture the step is remembered at its end, and edits refuse before they
            // change anything, so a finger's many small moves cost no copy of the story.
            let result = edit(&mut self.story);
            if result.is_ok() {
                self.revision += 1;
            }
            return result;
        }
        let before = self.story.clone();
        let result = edit(&mut self.story);
        match &result {
            Err(_) => self.story = before,
            Ok(_) if self.story != before => {
                self.revision += 1;
                self.remember(before);
            }
            Ok(_) => {}
        }
        result
    }

    /// Changes with every edit, undo and redo that changed the story.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Begins a gesture: its many small edits become one undo step at `end_gesture`.
    pub fn begin_gesture(&mut self) {
        if self.gesture_start.is_none() {
            self.gesture_start = Some(self.story.clone());
        }
    }

    pub fn end_gesture(&mut self) {
        if let Some(before) = self.gesture_start.take() {
            if before != self.story {
                self.remember(before);
            }
        }
    }

    fn remember(&mut self, before: Story) {
        self.undo.push(before);
        if self.undo.len() > UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        self.end_gesture();
        match self.undo.pop() {
            Some(before) => {
                self.redo.push(std::mem::replace(&mut self.story, before));
                self.revision += 1;
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(after) => {
                self.undo.push(std::mem::replace(&mut self.story, after));
                self.revision += 1;
                true
            }
            None => false,
        }
    }
}
