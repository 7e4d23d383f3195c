//! The partnership board: one column per stage, one card per partnership.

use egui::Ui;

use super::{theme, widgets};
use crate::action::Action;
use crate::model::{Document, StageChange, now};

/// View state of the board.
#[derive(Default)]
pub struct BoardPanel;

impl BoardPanel {
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, actions: &mut Vec<Action>) {
        let stages = &doc.vocabularies.stages;
        egui::ScrollArea::both().show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for stage in stages {
                    ui.vertical(|ui| {
                        ui.set_width(theme::CARD_WIDTH);
                        let count = doc.partnerships.iter().filter(|p| p.stage == stage.key).count();
                        ui.strong(format!("{} ({count})", stage.label));
                        ui.separator();
                        for partnership in doc.partnerships.iter().filter(|p| p.stage == stage.key) {
                            egui::Frame::group(ui.style()).show(ui, |ui| {
                                ui.set_width(theme::CARD_WIDTH - 14.0);
                                ui.add(egui::Label::new(widgets::rich(&partnership.title)).wrap());
                                ui.weak(doc.organisation_name(partnership.lead));
                                let mut stage_key = partnership.stage.clone();
                                let options: Vec<(String, String)> =
                                    stages.iter().map(|t| (t.key.clone(), t.label.clone())).collect();
                                ui.push_id(partnership.id, |ui| {
                                    widgets::choice(ui, "Stage", &mut stage_key, &options);
                                });
                                if stage_key != partnership.stage {
                                    let mut moved = (**partnership).clone();
                                    moved.stage_history.push(StageChange {
                                        stage: stage_key.clone(),
                                        at: now(),
                                    });
                                    moved.stage = stage_key;
                                    moved.modified = now();
                                    actions.push(Action::UpsertPartnership(moved));
                                }
                            });
                        }
                    });
                }
            });
        });
    }
}
