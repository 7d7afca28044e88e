#include "provisioning/RemoteScript.h"
#include "provisioning/StepCatalog.h"

#include <QProcess>
#include <QTest>

// Runs the composed scripts with the local bash, as the server's would.
class TestRemoteScript : public QObject
{
    Q_OBJECT

    static QString bash(const QString& script, int* exitCode = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QStringLiteral("-s")});
        p.write(script.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(30000);
        if (exitCode)
            *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAll());
    }

    static ProvisioningStep step(const QString& probe, const QString& action, const QString& verify)
    {
        ProvisioningStep s;
        s.id = QStringLiteral("test.step");
        s.probe = probe + u'\n';
        s.action = action + u'\n';
        s.verify = verify + u'\n';
        return s;
    }

private slots:
    void quotingKeepsEveryValueIntact()
    {
        const QString nasty = QStringLiteral("O'Brien \"$(id)\" `id`; rm -rf / \\ $HOME\nnext line");
        const QString script = RemoteScript::compose({{QStringLiteral("KKT_VALUE"), nasty}},
                                                     QStringLiteral("printf '%s' \"$KKT_VALUE\""));
        QCOMPARE(bash(script), nasty);
    }

    void doneStepRunsOnlyItsVerify()
    {
        int code = -1;
        const QString out =
            bash(RemoteScript::compose({}, RemoteScript::stepBody(step(QStringLiteral("kkt_done"),
                                                                       QStringLiteral("echo ACTION"),
                                                                       QStringLiteral("echo VERIFY")))),
                 &code);
        QCOMPARE(code, 0);
        QVERIFY(!out.contains(QStringLiteral("ACTION")));
        QVERIFY(out.contains(QStringLiteral("VERIFY")));
        QVERIFY(out.contains(QStringLiteral("::kkt-state done")));
        QVERIFY(out.contains(QStringLiteral("::kkt-stage ok")));
    }

    void changingStepRunsActionThenVerify()
    {
        int code = -1;
        const QString out = bash(
            RemoteScript::compose({}, RemoteScript::stepBody(step(QStringLiteral("kkt_change \"because\""),
                                                                  QStringLiteral("echo ACTION"),
                                                                  QStringLiteral("echo VERIFY")))),
            &code);
        QCOMPARE(code, 0);
        QVERIFY(out.indexOf(QStringLiteral("ACTION")) < out.indexOf(QStringLiteral("VERIFY")));
        QVERIFY(out.contains(QStringLiteral("::kkt-state change")));
    }

    void failingActionStopsWithItsStage()
    {
        int code = -1;
        const QString out = bash(
            RemoteScript::compose({}, RemoteScript::stepBody(step(QStringLiteral("kkt_change"),
                                                                  QStringLiteral("false\necho NOT REACHED"),
                                                                  QStringLiteral("echo VERIFY")))),
            &code);
        QVERIFY(code != 0);
        QVERIFY(!out.contains(QStringLiteral("NOT REACHED")));
        QVERIFY(!out.contains(QStringLiteral("::kkt-stage ok")));
        QVERIFY(out.contains(QStringLiteral("::kkt-stage action")));
    }

    void failingProbeMeansUnknownAndTheActionRuns()
    {
        const QString out = bash(RemoteScript::compose(
            {}, RemoteScript::stepBody(
                    step(QStringLiteral("exit 3"), QStringLiteral("echo ACTION"), QStringLiteral("true")))));
        QVERIFY(out.contains(QStringLiteral("::kkt-state unknown")));
        QVERIFY(out.contains(QStringLiteral("ACTION")));
    }

    void builtInStepsParse()
    {
        DeploymentConfig config;
        QString error;
        const QList<ProvisioningStep> steps = StepCatalog::steps(config, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Every built-in step is valid bash.
        for (const ProvisioningStep& s : steps) {
            if (s.kind == ProvisioningStep::Kind::TelegramMode)
                continue;
            QProcess p;
            p.start(QStringLiteral("bash"), {QStringLiteral("-n")});
            p.write(RemoteScript::compose({}, RemoteScript::stepBody(s)).toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(10000);
            QVERIFY2(p.exitCode() == 0,
                     qPrintable(s.id + u' ' + QString::fromUtf8(p.readAllStandardError())));
        }
    }
};

QTEST_GUILESS_MAIN(TestRemoteScript)
#include "TestRemoteScript.moc"
