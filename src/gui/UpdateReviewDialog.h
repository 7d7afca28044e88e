#pragma once

#include "registry/InstanceRecord.h"
#include "updates/UpdateAvailability.h"

#include <QDateTime>
#include <QDialog>

class QPushButton;

#include <memory>

namespace Ui {
class UpdateReviewDialog;
}

// Reviewing one instance's update before it is approved: what changes (the changelog), whether the
// database is migrated, the estimated downtime, whether it can be rolled back and for how long,
// and when: now, or — when `canSchedule` — at a maintenance time (staged now, applied then).
// Accepting it is the operator's approval for this instance. Given the release list, *Update to*
// offers every newer release (like `update apply --to`), so that a release a newer one needs first
// can be applied from here; the review follows the choice (UpdateCheck). A refused update (older
// than the release's minimum version…) says why and offers no Apply.
class UpdateReviewDialog : public QDialog
{
    Q_OBJECT

public:
    UpdateReviewDialog(const InstanceRecord& instance, const UpdateAvailability& update, int rollbackDays,
                       bool canSchedule, QWidget* parent = nullptr,
                       const QList<ReleaseManifest>& releases = {});
    ~UpdateReviewDialog() override;

    // Invalid: apply now.
    QDateTime applyAt() const;
    // The update as reviewed: to the release chosen under Update to.
    const UpdateAvailability& update() const { return m_update; }

private:
    void showUpdate();
    void chooseTarget(const QString& version);
    void updateButton();

    std::unique_ptr<Ui::UpdateReviewDialog> m_ui;
    QPushButton* m_applyButton = nullptr;
    InstanceRecord m_instance;
    UpdateAvailability m_update;
    QList<ReleaseManifest> m_releases;
    int m_rollbackDays;
    bool m_canSchedule;
};
