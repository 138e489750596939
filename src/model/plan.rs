//! The practice plan ("homework"): what a child and their grown-up mean to do on which days of
//! the week, and what has been done today. Nothing here ever counts what was missed.

use serde::{Deserialize, Serialize};

use super::calendar::{weekday, DayNumber};
use super::exercise::Exercise;

/// How many days of "done" are kept: enough for today and this week, no history to judge by.
const DONE_KEPT_DAYS: DayNumber = 7;

/// Something the family can plan to do together. Stored as one short word ("balloon",
/// "read-story", "read-story-17"), which keeps Home's first load small.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Activity {
    /// One calming exercise.
    Exercise(Exercise),
    /// Read one story together, by its id; `None` means any story on the child's shelf.
    ReadStory(Option<u64>),
}

const READ_STORY: &str = "read-story";

impl From<Activity> for String {
    fn from(activity: Activity) -> String {
        match activity {
            Activity::Exercise(exercise) => exercise.slug().to_string(),
            Activity::ReadStory(None) => READ_STORY.to_string(),
            Activity::ReadStory(Some(id)) => format!("{READ_STORY}-{id}"),
        }
    }
}

impl TryFrom<String> for Activity {
    type Error = String;

    fn try_from(word: String) -> Result<Activity, String> {
        if word == READ_STORY {
            return Ok(Activity::ReadStory(None));
        }
        if let Some(id) = word.strip_prefix("read-story-") {
            // Only the canonical spelling, so one story is one activity.
            return match id.parse::<u64>() {
                Ok(number) if number.to_string() == id => Ok(Activity::ReadStory(Some(number))),
                _ => Err(format!("not a story: {word}")),
            };
        }
        Exercise::from_slug(&word)
            .map(Activity::Exercise)
            .ok_or_else(|| format!("not an activity: {word}"))
    }
}

/// One planned activity and the weekdays it is meant for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub activity: Activity,
    /// One bit per weekday, Monday the lowest: 0b0010101 is Monday, Wednesday and Friday.
    pub days: u8,
    /// A planned story's title, kept in step with the story, so Home can name it without
    /// loading the shelf.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
}

impl PlanItem {
    /// Whether it is planned on a weekday (Monday 0 … Sunday 6).
    pub fn on(&self, weekday: usize) -> bool {
        weekday < 7 && self.days & (1 << weekday) != 0
    }
}

/// Every weekday's bit.
pub const ALL_DAYS: u8 = 0b111_1111;

/// Something done from the plan on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Done {
    pub activity: Activity,
    pub day: DayNumber,
}

/// One child's week: the plan, and what was done in the last few days.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekPlan {
    #[serde(default)]
    pub items: Vec<PlanItem>,
    #[serde(default)]
    pub done: Vec<Done>,
}

/// One line of "Today's practice".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TodayItem {
    pub activity: Activity,
    /// A planned story's title (empty for anything else).
    pub title: String,
    pub done: bool,
}

impl WeekPlan {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.done.is_empty()
    }

    /// Whether `activity` is planned on a weekday (Monday 0 … Sunday 6).
    pub fn is_planned(&self, activity: Activity, weekday: usize) -> bool {
        self.items
            .iter()
            .any(|item| item.activity == activity && item.on(weekday))
    }

    /// Adds an activity to the plan with no days chosen yet (nothing if it is already there).
    pub fn add(&mut self, activity: Activity) {
        if !self.items.iter().any(|item| item.activity == activity) {
            self.items.push(PlanItem {
                activity,
                days: 0,
                title: String::new(),
            });
        }
    }

    /// Takes an activity off the plan.
    pub fn remove(&mut self, activity: Activity) {
        self.items.retain(|item| item.activity != activity);
    }

    /// Plans (or unplans) an activity on a weekday, adding it to the plan if needed.
    pub fn set_day(&mut self, activity: Activity, weekday: usize, on: bool) {
        if weekday >= 7 {
            return;
        }
        self.add(activity);
        if let Some(item) = self.items.iter_mut().find(|i| i.activity == activity) {
            if on {
                item.days |= 1 << weekday;
            } else {
                item.days &= !(1 << weekday);
            }
        }
    }

    /// What is planned for `today`, in plan order, each with whether it is done.
    pub fn today(&self, today: DayNumber) -> Vec<TodayItem> {
        let weekday = weekday(today) as usize;
        self.items
            .iter()
            .filter(|item| item.on(weekday))
            .map(|item| TodayItem {
                activity: item.activity,
                title: item.title.clone(),
                done: self.is_done(item.activity, today),
            })
            .collect()
    }

    /// Whether `activity` was done on `day`.
    pub fn is_done(&self, activity: Activity, day: DayNumber) -> bool {
        self.done
            .iter()
            .any(|d| d.activity == activity && d.day == day)
    }

    /// Notes that `activity` was done on `day`, if it was planned that day; forgets old days.
    /// Returns whether anything changed.
    pub fn mark_done(&mut self, activity: Activity, day: DayNumber) -> bool {
        let before = self.done.len();
        self.done.retain(|d| d.day > day - DONE_KEPT_DAYS);
        let planned = self.is_planned(activity, weekday(day) as usize);
        let added = planned && !self.is_done(activity, day);
        if added {
            self.done.push(Done { activity, day });
        }
        added || self.done.len() != before
    }

    /// Notes a story read to its end: it counts for that story and for "any story".
    pub fn mark_read(&mut self, story: u64, day: DayNumber) -> bool {
        let this_story = self.mark_done(Activity::ReadStory(Some(story)), day);
        let any_story = self.mark_done(Activity::ReadStory(None), day);
        this_story || any_story
    }

    /// Forgets a story that was deleted: it can no longer be planned. Returns what the plan
    /// held for it (its place in the plan and its days), so bringing the story back restores it.
    pub fn forget_story(&mut self, story: u64) -> Vec<(usize, PlanItem)> {
        let gone = Activity::ReadStory(Some(story));
        let forgotten = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| item.activity == gone)
            .map(|(place, item)| (place, item.clone()))
            .collect();
        self.items.retain(|item| item.activity != gone);
        self.done.retain(|d| d.activity != gone);
        forgotten
    }

    /// Puts back what `forget_story` returned, each item at its old place (or last), unless
    /// the story was planned again meanwhile.
    pub fn restore_story(&mut self, forgotten: Vec<(usize, PlanItem)>) {
        for (place, item) in forgotten {
            if self.items.iter().all(|kept| kept.activity != item.activity) {
                self.items.insert(place.min(self.items.len()), item);
            }
        }
    }

    /// Gives a planned story its current title. Returns whether anything changed.
    pub fn retitle_story(&mut self, story: u64, title: &str) -> bool {
        let mut changed = false;
        for item in &mut self.items {
            if item.activity == Activity::ReadStory(Some(story)) && item.title != title {
                item.title = title.to_string();
                changed = true;
            }
        }
        changed
    }
}
