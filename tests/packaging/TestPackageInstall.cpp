#include "PackageEditions.h"

#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Each edition's .deb as a person installs it: `apt-get install ./file.deb` on a clean Debian 12
// server (a systemd test host, apt from Debian's mirror), the program run there, then removed —
// leaving nothing of it behind, and every dependency it brought marked automatic.
class TestPackageInstall : public QObject
{
    Q_OBJECT

private:
    SystemdHost m_host{QStringLiteral("package-host")};
    QString m_debs;
    QString m_installedBefore;
    QString m_manualBefore;

    // Puts a file of this machine into the host's /root (through the host's root file system).
    bool copyToHost(const QString& source, const QString& name) const
    {
        const QString target = m_host.directory() + QStringLiteral("/machine/root/root/") + name;
        QFile::remove(target);
        return QFile::copy(source, target);
    }

    QString run(const QString& command, int* code = nullptr, int timeoutMs = 120000) const
    {
        QString output;
        const int exitCode = m_host.run(command, &output, timeoutMs);
        if (code)
            *code = exitCode;
        return output;
    }

    QString installedPackages() const
    {
        return run(QStringLiteral(
            "dpkg-query -W -f='${db:Status-Abbrev} ${Package}\\n' | awk '$1 == \"ii\" {print $2}'"));
    }

    QString manualPackages() const { return run(QStringLiteral("apt-mark showmanual")); }

private slots:
    void initTestCase()
    {
        m_debs = TestEnvironment::freshDirectory(QStringLiteral("install-debs"));
        QString error;
        PackageEditions::buildDebs(m_debs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));
        int code = 0;
        const QString update = run(QStringLiteral("apt-get update -q"), &code, 600000);
        QVERIFY2(code == 0, qPrintable(update));
        m_installedBefore = installedPackages();
        m_manualBefore = manualPackages();
        QVERIFY(m_installedBefore.contains(QStringLiteral("openssh-server")));
    }

    void cleanupTestCase()
    {
        m_host.stop();
        QDir(m_debs).removeRecursively();
    }

    void installRunRemove_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < PackageEditions::built().size(); ++i)
            QTest::newRow(qPrintable(PackageEditions::built().at(i).package)) << i;
    }
    void installRunRemove()
    {
        QFETCH(int, index);
        const PackageEdition e = PackageEditions::built().at(index);
        const QString deb = PackageEditions::debName(e);
        QVERIFY(copyToHost(m_debs + u'/' + deb, deb));
        int code = 0;
        QString output =
            run(QStringLiteral("cd /root && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./") + deb,
                &code, 1800000);
        QVERIFY2(code == 0, qPrintable(output));
        QCOMPARE(run(QStringLiteral("dpkg-query -W -f='${Status}' ") + e.package),
                 QStringLiteral("install ok installed"));
        const QString files =
            run(QStringLiteral("dpkg -L %1 | while read -r f; do [ -f \"$f\" ] && echo \"$f\"; done")
                    .arg(e.package));
        QVERIFY2(files.contains(QStringLiteral("/usr/bin/") + e.package), qPrintable(files));

        // The command line, from the PATH.
        output = run(e.package + QStringLiteral(" --help"), &code);
        QVERIFY2(code == 0 && output.contains(QStringLiteral("validate")), qPrintable(output));
        QVERIFY(copyToHost(TestEnvironment::sourceDir() + QStringLiteral("/tests/data/example-config.json"),
                           QStringLiteral("client.json")));
        output = run(e.package + QStringLiteral(" validate /root/client.json"), &code);
        QVERIFY2(code == 0, qPrintable(output));
        output = run(
            QStringLiteral("sed 's/ivan@example.ru/ivan-at-example/' /root/client.json >/root/bad.json && ") +
                e.package + QStringLiteral(" validate /root/bad.json"),
            &code);
        QVERIFY2(code == 2 && output.contains(QStringLiteral("admin.email")), qPrintable(output));

        // What the program loads at run time, present with every library it needs: Qt's platform
        // plug-ins (X11 and offscreen), the registry's SQL drivers, SVG icons, TLS, Russian Qt text.
        for (const QString& plugin :
             {QStringLiteral("platforms/libqxcb.so"), QStringLiteral("platforms/libqoffscreen.so"),
              QStringLiteral("sqldrivers/libqsqlpsql.so"), QStringLiteral("sqldrivers/libqsqlite.so"),
              QStringLiteral("iconengines/libqsvgicon.so"), QStringLiteral("tls/libqopensslbackend.so")}) {
            output = run(QStringLiteral("f=$(ls /usr/lib/*/qt6/plugins/%1) && ldd \"$f\" | grep 'not found'")
                             .arg(plugin),
                         &code);
            QVERIFY2(code == 1 && output.isEmpty(), qPrintable(plugin + QStringLiteral(": ") + output));
        }
        output = run(QStringLiteral("ldd /usr/bin/%1 | grep 'not found'").arg(e.package), &code);
        QVERIFY2(code == 1, qPrintable(output));
        QCOMPARE(run(QStringLiteral("test -f /usr/share/qt6/translations/qtbase_ru.qm"), &code), QString());
        QCOMPARE(code, 0);
        // The window starts and stays up until it is stopped (timeout's 124); a missing platform
        // plug-in or library would end it at once.
        output = run(QStringLiteral("QT_QPA_PLATFORM=offscreen timeout 20 ") + e.package, &code);
        QVERIFY2(code == 124, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(output)));

        output = run(QStringLiteral("DEBIAN_FRONTEND=noninteractive apt-get remove -y -q ") + e.package,
                     &code, 600000);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(!installedPackages().split(u'\n').contains(e.package));
        // Nothing of it is left: none of its files, nothing named after it under /usr.
        output =
            run(QStringLiteral("for f in %1; do [ -e \"$f\" ] && echo \"$f\"; done; find /usr -iname '*kkt*'")
                    .arg(files.simplified()));
        QVERIFY2(output.isEmpty(), qPrintable(output));
    }

    // Everything the packages brought is marked automatically installed (only the packages
    // themselves were asked for), so `apt-get autoremove` may take it. apt keeps an automatic
    // package that a base-system package recommends (systemd's libpam-systemd, perl …): that is
    // its policy, printed here, not asserted.
    void dependenciesAreAutomatic()
    {
        QCOMPARE(manualPackages(), m_manualBefore);
        int code = 0;
        const QString output = run(
            QStringLiteral("DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q"), &code, 600000);
        QVERIFY2(code == 0, qPrintable(output));
        const QStringList before = m_installedBefore.split(u'\n', Qt::SkipEmptyParts);
        QStringList kept;
        for (const QString& package : installedPackages().split(u'\n', Qt::SkipEmptyParts)) {
            if (!before.contains(package))
                kept << package;
        }
        qInfo("kept by apt after autoremove (recommended by the base system): %s",
              qPrintable(kept.join(u' ')));
        QCOMPARE(manualPackages(), m_manualBefore);
    }
};

QTEST_GUILESS_MAIN(TestPackageInstall)
#include "TestPackageInstall.moc"
