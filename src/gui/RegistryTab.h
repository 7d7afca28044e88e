#pragma once

#include "registry/RegistryTarget.h"

#include <QUuid>
#include <QWidget>
#include <memory>

class QChartView;
class QTimer;
class Registry;
class RegistryTableModel;
class RegistryWorker;
class UpdateHistoryTable;
class TestInstanceAction;
struct InstanceRecord;
namespace Ui {
class RegistryTab;
}

// The Registry tab: every deployed instance in the central (or embedded) registry, searched,
// filtered and sorted by the database; an instance's history, host key and — for holders of the
// registry private key — its sealed admin credentials; CSV export; charts. All database work runs
// on the registry thread (RegistryWorker).
class RegistryTab : public QWidget
{
    Q_OBJECT

public:
    // The registry chosen in the settings (registry/url), else the embedded one; without the password,
    // which RegistryWorker reads on its own thread.
    static RegistryTarget configuredTarget();

    // Opens the registry on the registry thread; the embedded one is KKT Deploy's own and is created
    // and migrated on first use, the central one is migrated deliberately (registry migrate).
    // Returns the error, empty on success.
    static QString openRegistry(Registry& registry);

    explicit RegistryTab(const RegistryTarget& target, QWidget* parent = nullptr);
    ~RegistryTab() override;

    RegistryTableModel* model() const { return m_model; }
    // Writes the instances matching the current search and filter to `path`; the result is
    // reported through exported().
    void exportCsv(const QString& path);
    void refresh();

signals:
    void exported(bool ok, const QString& message);
    // Charts and the summary line are up to date (after a refresh).
    void overviewLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void showInstance(const InstanceRecord& instance);
    void reselect();
    void showHealth(const QUuid& instance);
    void openCredentials();
    void checkHealth();
    void showError(const QString& message);
    void clearDetail();
    void loadOverview();
    void updateSummary();

    std::unique_ptr<Ui::RegistryTab> m_ui;
    RegistryWorker* m_worker;
    TestInstanceAction* m_testInstanceAction =
        nullptr; // "Remove test instance…" for a selected test instance
    RegistryTableModel* m_model;
    QTimer* m_searchDelay;
    QTimer* m_outboxTimer;
    QChartView* m_versionChart;
    QChartView* m_weeklyChart;
    UpdateHistoryTable* m_updateHistory;
    QString m_selectedSealed;
    QString m_selectedName;
    std::shared_ptr<InstanceRecord> m_selected;
    QUuid m_reselect; // selected again once the reloaded first page is in
    struct HealthResult
    {
        QUuid instance;
        bool ok = false;
        QString text;
    } m_health; // the last "Check health now" of this tab
    bool m_started = false;
    bool m_columnsSized = false;
    bool m_privateKeyHeld = false;
    int m_outboxPending = 0;
};
