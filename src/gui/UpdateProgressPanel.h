#pragma once

#include "updates/UpdateAvailability.h"

#include <QGroupBox>

#include <memory>

class LiveLog;
class UpdateWorker;
namespace Ui {
class UpdateProgressPanel;
}

// The Updates tab's progress: the running operation's percent and current step, the same live
// log as the deployment's Progress page (LiveLog), Cancel, and the plain result. It shows what its
// UpdateWorker reports; the tab starts the operations and reads their results.
class UpdateProgressPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit UpdateProgressPanel(UpdateWorker* worker, QWidget* parent = nullptr);
    ~UpdateProgressPanel() override;

    // A new operation: its log starts afresh with `heading`; Cancel is offered until finish().
    void begin(const QString& heading, const QString& step);
    void appendLog(const QString& line);
    // One instance's answer to a check, as a line of the log.
    void logCheck(const UpdateAvailability& availability, const QString& instanceName);
    void showStep(const QString& step);
    void setPercent(int percent);
    // The operation ended: the result in words, green when `ok`, red otherwise.
    void finish(const QString& result, bool ok);
    const LiveLog* log() const { return m_log; }

signals:
    // Cancel was pressed (the worker was told; the tab may also stop what it runs itself).
    void cancelRequested();

private:
    void showProgress(int percent, const QString& step, qint64 etaSeconds);

    std::unique_ptr<Ui::UpdateProgressPanel> m_ui;
    UpdateWorker* m_worker;
    LiveLog* m_log;
};
