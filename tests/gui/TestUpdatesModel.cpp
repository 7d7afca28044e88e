#include "gui/UpdatesModel.h"

#include <QColor>
#include <QSignalSpy>
#include <QTest>

// The Updates tab's model on its own: rows from the registry, a check's answers (available,
// refused, failed, up to date) with their severity badges, the states of an update, and what a
// reload keeps.
class TestUpdatesModel : public QObject
{
    Q_OBJECT

    static InstanceRecord instance(const QString& name, const QString& version)
    {
        InstanceRecord r;
        r.uuid = QUuid::createUuid();
        r.name = name;
        r.company = QStringLiteral("OOO Romashka");
        r.version = version;
        r.sshHost = QStringLiteral("203.0.113.10");
        r.sshPort = 2222;
        return r;
    }

    static UpdateAvailability available(const QUuid& id, const QString& from, const QString& to,
                                        ReleaseManifest::Severity severity)
    {
        UpdateAvailability a;
        a.instance = id;
        a.current = from;
        a.available = to;
        a.severity = severity;
        return a;
    }

    static QString cell(const UpdatesModel& model, int row, UpdatesModel::Column column,
                        int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }

private slots:
    void showsTheRegistryUntilChecked()
    {
        UpdatesModel model;
        const InstanceRecord a = instance(QStringLiteral("INST-20261129120000"), QStringLiteral("1.0.0"));
        InstanceRecord b = instance(QStringLiteral("INST-20261129120001"), QStringLiteral("1.0.0"));
        b.sshHost.clear();
        model.setInstances({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(UpdatesModel::ColumnCount));
        QCOMPARE(cell(model, 0, UpdatesModel::Instance),
                 QStringLiteral("INST-20261129120000 — OOO Romashka"));
        QCOMPARE(cell(model, 0, UpdatesModel::Server), QStringLiteral("203.0.113.10:2222"));
        QCOMPARE(cell(model, 1, UpdatesModel::Server), QStringLiteral("not recorded"));
        QCOMPARE(cell(model, 0, UpdatesModel::Current), QStringLiteral("1.0.0"));
        QCOMPARE(cell(model, 0, UpdatesModel::Available), QString());
        QCOMPARE(cell(model, 0, UpdatesModel::Severity), QString());
        QCOMPARE(cell(model, 0, UpdatesModel::Status), QStringLiteral("not checked"));
        QCOMPARE(model.data(model.index(0, 0), Qt::UserRole).toUuid(), a.uuid);
        QCOMPARE(model.rowOf(b.uuid), 1);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
        QCOMPARE(model.availableCount(), 0);
        QCOMPARE(model.headerData(UpdatesModel::Available, Qt::Horizontal).toString(),
                 QStringLiteral("Available"));
    }

    void anAvailableUpdateCarriesItsSeverityBadge()
    {
        UpdatesModel model;
        const InstanceRecord a = instance(QStringLiteral("INST-1"), QStringLiteral("1.0.0"));
        model.setInstances({a});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setChecked(available(a.uuid, QStringLiteral("1.0.1"), QStringLiteral("1.1.0"),
                                   ReleaseManifest::Severity::Critical));
        QCOMPARE(changed.count(), 1);
        // The server is the truth: it runs 1.0.1 although the registry said 1.0.0.
        QCOMPARE(cell(model, 0, UpdatesModel::Current), QStringLiteral("1.0.1"));
        QCOMPARE(cell(model, 0, UpdatesModel::Available), QStringLiteral("1.1.0"));
        QCOMPARE(cell(model, 0, UpdatesModel::Severity), QStringLiteral("critical"));
        QCOMPARE(model.data(model.index(0, UpdatesModel::Severity), Qt::BackgroundRole).value<QColor>(),
                 UpdatesModel::severityColor(ReleaseManifest::Severity::Critical));
        QVERIFY(
            cell(model, 0, UpdatesModel::Severity, Qt::ToolTipRole).contains(QStringLiteral("states why")));
        QCOMPARE(cell(model, 0, UpdatesModel::Status), QStringLiteral("update available"));
        QCOMPARE(model.availableCount(), 1);
        // Every severity has a badge colour of its own.
        QSet<QRgb> colours;
        for (auto s : {ReleaseManifest::Severity::Patch, ReleaseManifest::Severity::Minor,
                       ReleaseManifest::Severity::Major, ReleaseManifest::Severity::Critical})
            colours.insert(UpdatesModel::severityColor(s).rgb());
        QCOMPARE(colours.size(), 4);
    }

    void refusedFailedAndUpToDate()
    {
        UpdatesModel model;
        const InstanceRecord a = instance(QStringLiteral("INST-1"), QStringLiteral("0.9.0"));
        const InstanceRecord b = instance(QStringLiteral("INST-2"), QStringLiteral("1.1.0"));
        const InstanceRecord c = instance(QStringLiteral("INST-3"), QStringLiteral("1.0.0"));
        model.setInstances({a, b, c});
        UpdateAvailability refused = available(a.uuid, QStringLiteral("0.9.0"), QStringLiteral("1.1.0"),
                                               ReleaseManifest::Severity::Minor);
        refused.refusal = QStringLiteral("1.1.0 updates only from 1.0.0 or newer");
        model.setChecked(refused);
        UpdateAvailability upToDate;
        upToDate.instance = b.uuid;
        upToDate.current = QStringLiteral("1.1.0");
        model.setChecked(upToDate);
        UpdateAvailability failed;
        failed.instance = c.uuid;
        failed.error = QStringLiteral("203.0.113.10: connection timed out");
        model.setChecked(failed);

        QCOMPARE(cell(model, 0, UpdatesModel::Status), QStringLiteral("cannot be updated"));
        QCOMPARE(cell(model, 0, UpdatesModel::Status, Qt::ToolTipRole), refused.refusal);
        QCOMPARE(cell(model, 1, UpdatesModel::Status), QStringLiteral("up to date"));
        QCOMPARE(cell(model, 1, UpdatesModel::Severity), QString());
        QCOMPARE(cell(model, 2, UpdatesModel::Status), QStringLiteral("check failed"));
        QCOMPARE(cell(model, 2, UpdatesModel::Status, Qt::ToolTipRole), failed.error);
        // A failed check says nothing about the version: the registry's stays.
        QCOMPARE(cell(model, 2, UpdatesModel::Current), QStringLiteral("1.0.0"));
        QCOMPARE(model.availableCount(), 0);
    }

    void anUpdateRunsAndEnds()
    {
        UpdatesModel model;
        const InstanceRecord a = instance(QStringLiteral("INST-1"), QStringLiteral("1.0.0"));
        model.setInstances({a});
        model.setChecked(available(a.uuid, QStringLiteral("1.0.0"), QStringLiteral("1.1.0"),
                                   ReleaseManifest::Severity::Major));
        const QDateTime at = QDateTime::currentDateTime().addSecs(3600);
        model.setScheduled(a.uuid, at);
        QVERIFY(cell(model, 0, UpdatesModel::Status).startsWith(QStringLiteral("scheduled for ")));
        QVERIFY(UpdatesModel::isBusy(model.rowAt(0).state));
        model.setState(a.uuid, UpdatesModel::State::Applying);
        QCOMPARE(cell(model, 0, UpdatesModel::Status), QStringLiteral("updating…"));
        model.setCurrent(a.uuid, QStringLiteral("1.1.0"));
        model.setState(a.uuid, UpdatesModel::State::Updated);
        QVERIFY(!UpdatesModel::isBusy(model.rowAt(0).state));
        QCOMPARE(cell(model, 0, UpdatesModel::Current), QStringLiteral("1.1.0"));
        QCOMPARE(cell(model, 0, UpdatesModel::Available), QString());
        QCOMPARE(cell(model, 0, UpdatesModel::Status), QStringLiteral("updated"));
        model.setState(a.uuid, UpdatesModel::State::RolledBack,
                       QStringLiteral("Update to 1.2.0 failed at health"));
        QCOMPARE(cell(model, 0, UpdatesModel::Status, Qt::ToolTipRole),
                 QStringLiteral("Update to 1.2.0 failed at health"));
        // Unknown instances are ignored.
        model.setState(QUuid::createUuid(), UpdatesModel::State::Failed);
        QCOMPARE(model.rowCount(), 1);
    }

    void anOutcomeSetsTheRow_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("rollingBack");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("text");
        const int succeeded = int(UpdateOutcome::Status::Succeeded);
        QTest::newRow("updated") << succeeded << false << QString() << true << "1.1.0"
                                 << "updated"
                                 << "Updated to 1.1.0.";
        QTest::newRow("rolled back by hand") << succeeded << true << QString() << true << "1.1.0"
                                             << "rolled back"
                                             << "Rolled back to 1.1.0.";
        QTest::newRow("rolled back by the health gate")
            << int(UpdateOutcome::Status::RolledBack) << false << "health failed" << false << "1.0.0"
            << "rolled back"
            << "health failed";
        QTest::newRow("cancelled") << int(UpdateOutcome::Status::Cancelled) << false << QString() << false
                                   << "1.0.0"
                                   << "not checked"
                                   << "Cancelled.";
        QTest::newRow("refused") << int(UpdateOutcome::Status::Refused) << false << "locked" << false
                                 << "1.0.0"
                                 << "failed"
                                 << "locked";
        QTest::newRow("failed") << int(UpdateOutcome::Status::Failed) << false << "no route" << false
                                << "1.0.0"
                                << "failed"
                                << "no route";
    }

    void anOutcomeSetsTheRow()
    {
        QFETCH(int, status);
        QFETCH(bool, rollingBack);
        QFETCH(QString, message);
        QFETCH(bool, ok);
        QFETCH(QString, current);
        QFETCH(QString, state);
        QFETCH(QString, text);
        UpdatesModel model;
        const InstanceRecord a = instance(QStringLiteral("INST-1"), QStringLiteral("1.0.0"));
        model.setInstances({a});
        UpdateOutcome outcome;
        outcome.status = UpdateOutcome::Status(status);
        outcome.from = QStringLiteral("1.0.0");
        outcome.to = QStringLiteral("1.1.0");
        outcome.error = message;
        bool succeeded = !ok;
        QCOMPARE(model.setOutcome(a.uuid, outcome, rollingBack, &succeeded), text);
        QCOMPARE(succeeded, ok);
        QCOMPARE(cell(model, 0, UpdatesModel::Current), current);
        QCOMPARE(cell(model, 0, UpdatesModel::Status), state);
    }

    void aReloadKeepsWhatWasLearnt()
    {
        UpdatesModel model;
        InstanceRecord a = instance(QStringLiteral("INST-1"), QStringLiteral("1.0.0"));
        const InstanceRecord b = instance(QStringLiteral("INST-2"), QStringLiteral("1.0.0"));
        model.setInstances({a, b});
        model.setChecked(available(a.uuid, QStringLiteral("1.0.0"), QStringLiteral("1.1.0"),
                                   ReleaseManifest::Severity::Patch));
        a.company = QStringLiteral("OOO Lotos");
        const InstanceRecord c = instance(QStringLiteral("INST-3"), QStringLiteral("1.1.0"));
        model.setInstances({c, a});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b.uuid), -1);
        QCOMPARE(model.rowOf(a.uuid), 1);
        QCOMPARE(cell(model, 1, UpdatesModel::Instance), QStringLiteral("INST-1 — OOO Lotos"));
        QCOMPARE(cell(model, 1, UpdatesModel::Available), QStringLiteral("1.1.0"));
        QCOMPARE(cell(model, 0, UpdatesModel::Status), QStringLiteral("not checked"));
        QCOMPARE(model.instanceIds(), (QList<QUuid>{c.uuid, a.uuid}));
    }
};

QTEST_MAIN(TestUpdatesModel)
#include "TestUpdatesModel.moc"
