#include "updates/UpdateVariables.h"

#include <QTest>

// The variables of an update's steps for an instance's layout: the update's folder, the versions,
// the migrations in order and the spare port (the web port + 1000) the new release answers on.
class TestUpdateVariables : public QObject
{
    Q_OBJECT

    static QString value(const QList<QPair<QString, QString>>& vars, const QString& name)
    {
        for (const auto& [key, v] : vars) {
            if (key == name)
                return v;
        }
        return QStringLiteral("<missing>");
    }

private slots:
    void aTestInstancesUpdateUsesItsOwnLayout()
    {
        QString error;
        const PayloadProfile profile = PayloadProfile::builtIn(&error);
        QVERIFY(error.isEmpty());
        DeploymentConfig config;
        config.mode = DeploymentMode::Test;
        config.server.domain = QStringLiteral("kkt.example.ru");
        InstanceLayout layout(config, profile, QStringLiteral("INST-20261129120000"));
        layout.setRelease(QStringLiteral("1.1.0"), QString());
        const ReleaseManifest manifest =
            ReleaseManifest::parse(R"({"version":"1.1.0","database_migration":true,
            "migration_steps":[{"type":"sql","file":"database/migrations/012.sql"},
                               {"type":"sql","file":"database/migrations/013.sql"}],
            "rollback_supported":false})")
                .manifest;
        const QList<QPair<QString, QString>> vars =
            UpdateVariables::make(layout, {QStringLiteral("u1"), QStringLiteral("1.0.0"), manifest,
                                           QStringLiteral("{current}/venv/bin/uvicorn --port {webPort}"), 3});
        QCOMPARE(value(vars, QStringLiteral("KKT_UPDATE_DIR")),
                 QStringLiteral("/home/kktapp/kkt-test-system/shared/updates/u1"));
        QCOMPARE(value(vars, QStringLiteral("KKT_PREVIOUS_DIR")),
                 QStringLiteral("/home/kktapp/kkt-test-system/releases/1.0.0"));
        QCOMPARE(value(vars, QStringLiteral("KKT_UPDATE_TO")), QStringLiteral("1.1.0"));
        QCOMPARE(value(vars, QStringLiteral("KKT_MIGRATIONS")),
                 QStringLiteral("database/migrations/012.sql\ndatabase/migrations/013.sql"));
        QCOMPARE(value(vars, QStringLiteral("KKT_SPARE_PORT")), QStringLiteral("9200"));
        QVERIFY2(value(vars, QStringLiteral("KKT_SPARE_EXEC")).endsWith(QStringLiteral("--port 9200")),
                 qPrintable(value(vars, QStringLiteral("KKT_SPARE_EXEC"))));
        QCOMPARE(value(vars, QStringLiteral("KKT_ROLLBACK_SUPPORTED")), QStringLiteral("0"));
        QCOMPARE(value(vars, QStringLiteral("KKT_ROLLBACK_DAYS")), QStringLiteral("3"));
    }

    void withoutAMigrationNoneIsListed()
    {
        QString error;
        const PayloadProfile profile = PayloadProfile::builtIn(&error);
        InstanceLayout layout(DeploymentConfig(), profile, QStringLiteral("INST-20261129120000"));
        layout.setRelease(QStringLiteral("1.0.1"), QString());
        const ReleaseManifest patch =
            ReleaseManifest::implicitPatch(*SemanticVersion::parse(QStringLiteral("1.0.1")));
        const QList<QPair<QString, QString>> vars = UpdateVariables::make(
            layout, {QStringLiteral("u2"), QStringLiteral("1.0.0"), patch, QString(), 7});
        QCOMPARE(value(vars, QStringLiteral("KKT_MIGRATIONS")), QString());
        QCOMPARE(value(vars, QStringLiteral("KKT_SPARE_PORT")), QStringLiteral("9000"));
        QCOMPARE(value(vars, QStringLiteral("KKT_ROLLBACK_SUPPORTED")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestUpdateVariables)
#include "TestUpdateVariables.moc"
