#pragma once

#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class TestInstanceRemoval;
struct DeploymentOutcome;

// The Registry tab's "Remove test instance": for a selected test instance, after a confirmation
// that names it, TestInstanceRemoval runs in a worker thread (the deployment engine's removal steps,
// the server's lock, production checked before and after); the button turns into Cancel meanwhile
// and the label shows the progress and then the result.
class TestInstanceAction : public QWidget
{
    Q_OBJECT

public:
    explicit TestInstanceAction(const RegistryTarget& registry, QWidget* parent = nullptr);
    ~TestInstanceAction() override;

    // The instance selected in the tab (the button is enabled for a test instance only).
    void setInstance(const InstanceRecord& instance);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // The removal ended (the registry has its result): time to reload.
    void finished(bool removed);

private:
    void start();
    void done();

    RegistryTarget m_registry;
    std::shared_ptr<InstanceRecord> m_instance;
    QPushButton* m_button;
    QLabel* m_status;
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<QString> m_watcher;
};
