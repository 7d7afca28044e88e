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

    void actionThatMustFinishRunsAsAScriptOfItsOwn()
    {
        ProvisioningStep s = step(QStringLiteral("kkt_change"), QStringLiteral("echo \"action sees $KKT_X\""),
                                  QStringLiteral("true"));
        s.finishBeforeCancel = true;
        const QString body =
            RemoteScript::stepBody(s, {{QStringLiteral("KKT_X"), QStringLiteral("it's 'quoted'")}});
        QVERIFY(body.contains(QStringLiteral("kkt_detached 'kkt-deploy-step-test-step' <<'KKT_DETACHED_")));
        // Here a stand-in runs the unit's script in place (the server runs it with systemd-run).
        const QString standIn = QStringLiteral("kkt_detached() { echo \"unit $1\"; bash -s; }\n");
        int code = -1;
        const QString out = bash(RemoteScript::compose({}, standIn + body), &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("unit kkt-deploy-step-test-step")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("action sees it's 'quoted'")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("::kkt-stage ok")));

        s.action = QStringLiteral("exit 3\n");
        const QString failed =
            bash(RemoteScript::compose({}, standIn + RemoteScript::stepBody(s, {})), &code);
        QVERIFY(code != 0);
        QVERIFY(!failed.contains(QStringLiteral("::kkt-stage ok")));
    }

    void probeAllReportsEveryStep()
    {
        ProvisioningStep a = step(QStringLiteral("kkt_done"), QStringLiteral("true"), QStringLiteral("true"));
        ProvisioningStep b =
            step(QStringLiteral("kkt_change \"will do b\""), QStringLiteral("true"), QStringLiteral("true"));
        b.id = QStringLiteral("b.step");
        ProvisioningStep c = step(QStringLiteral("false"), QStringLiteral("true"), QStringLiteral("true"));
        c.id = QStringLiteral("c.step");
        const QString out = bash(RemoteScript::compose({}, RemoteScript::probeAllBody({a, b, c})));
        QVERIFY(out.contains(QStringLiteral("::kkt-step test.step\n::kkt-probe done")));
        QVERIFY(out.contains(QStringLiteral("::kkt-step b.step\n::kkt-probe change will do b")));
        QVERIFY(out.contains(QStringLiteral("::kkt-step c.step\n::kkt-probe unknown")));
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
