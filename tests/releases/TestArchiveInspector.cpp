#include "releases/ArchiveInspector.h"

#include "support/ArchiveBuilder.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

class TestArchiveInspector : public QObject
{
    Q_OBJECT

    QString m_dir;

    QString build(const QString& name, const ArchiveBuilder& builder)
    {
        const QString path = m_dir + u'/' + name;
        const QString error = builder.write(path);
        if (!error.isEmpty())
            qWarning() << error;
        return path;
    }

private slots:
    void initTestCase() { m_dir = TestEnvironment::freshDirectory(QStringLiteral("inspector")); }

    void realLayoutIsSafe()
    {
        const QString path = build(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10());
        const ArchiveInspection result = ArchiveInspector::inspect(path);
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QCOMPARE(result.version->toString(), QStringLiteral("1.0.0"));
        QCOMPARE(result.versionText, QStringLiteral("1.0.0"));
        QVERIFY(result.changelog.contains(QStringLiteral("First release")));
        QVERIFY(!result.manifest);
        // The ./ entry is the root, not an entry of its own; every name is normalised.
        QCOMPARE(result.entries.size(), ArchiveBuilder::kkt10().entries.size() - 1);
        for (const ArchiveEntryInfo& entry : result.entries)
            QVERIFY2(!entry.path.startsWith(u'.') || entry.path.startsWith(QStringLiteral(".env")),
                     qPrintable(entry.path));
        QVERIFY(result.unpackedSize > 4096);
        // Development leftovers: the SQLite file and web/*.py scripts, not web/__init__.py nor .env.example.
        const QString warnings = result.warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("database/kkt_system.db")), qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("web/test_api.py")));
        QVERIFY(warnings.contains(QStringLiteral("web/create_admin.py")));
        QVERIFY(!warnings.contains(QStringLiteral("__init__")));
        QVERIFY(!warnings.contains(QStringLiteral(".env.example")));
        QCOMPARE(result.warnings.size(), 3);
    }

    void warnsAboutEnvAndSqlite()
    {
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        b.file(QStringLiteral("./.env"), "TELEGRAM_BOT_TOKEN=x\n")
            .file(QStringLiteral("./web/app/data.sqlite3"), "x");
        const ArchiveInspection result = ArchiveInspector::inspect(build(QStringLiteral("env.tar.gz"), b));
        QVERIFY(result.ok());
        QVERIFY(result.warnings.join(u'\n').contains(QStringLiteral(".env: an environment file")));
        QVERIFY(result.warnings.join(u'\n').contains(QStringLiteral("data.sqlite3")));
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("offending");
        using V = ArchiveInspection::Verdict;
        QTest::newRow("traversal") << "traversal" << int(V::Unsafe) << "./../../etc/cron.d/kkt";
        QTest::newRow("absolute") << "absolute" << int(V::Unsafe) << "/etc/passwd";
        QTest::newRow("escaping symlink") << "symlink" << int(V::Unsafe) << "./web/static";
        QTest::newRow("absolute symlink") << "abs-symlink" << int(V::Unsafe) << "./logs";
        QTest::newRow("chained symlink") << "chained" << int(V::Unsafe) << "y";
        QTest::newRow("write through symlink") << "through" << int(V::Unsafe) << "./data/passwd";
        QTest::newRow("escaping hardlink") << "hardlink" << int(V::Unsafe) << "./bot/shadow";
        QTest::newRow("absolute hardlink") << "abs-hardlink" << int(V::Unsafe) << "./bot/shadow";
        QTest::newRow("char device") << "device" << int(V::Unsafe) << "./dev/null";
        QTest::newRow("block device") << "block" << int(V::Unsafe) << "./dev/sda";
        QTest::newRow("fifo") << "fifo" << int(V::Unsafe) << "./pipe";
        QTest::newRow("bomb") << "bomb" << int(V::Unsafe) << "./bomb.bin";
        QTest::newRow("too many entries") << "many" << int(V::Unsafe) << "./many/120";
        QTest::newRow("single top folder") << "topfolder" << int(V::Malformed) << "";
        QTest::newRow("bad VERSION") << "badversion" << int(V::Malformed) << "VERSION";
        QTest::newRow("bad manifest") << "badmanifest" << int(V::Malformed) << "manifest.json";
    }
    void hostile()
    {
        QFETCH(QString, name);
        QFETCH(int, verdict);
        QFETCH(QString, offending);
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        ArchiveLimits limits;
        if (name == u"traversal")
            b.file(QStringLiteral("./../../etc/cron.d/kkt"), "* * * * * root sh\n");
        else if (name == u"absolute")
            b.file(QStringLiteral("/etc/passwd"), "root::0:0::/:/bin/sh\n");
        else if (name == u"symlink")
            b.symlink(QStringLiteral("./web/static"), QStringLiteral("../../../etc"));
        else if (name == u"abs-symlink")
            b.symlink(QStringLiteral("./logs"), QStringLiteral("/var/log"));
        else if (name == u"chained")
            b.folder(QStringLiteral("sub"))
                .symlink(QStringLiteral("sub/up"), QStringLiteral(".."))
                .symlink(QStringLiteral("y"), QStringLiteral("sub/up/.."));
        else if (name == u"through")
            b.symlink(QStringLiteral("./data"), QStringLiteral("bot"))
                .file(QStringLiteral("./data/passwd"), "x");
        else if (name == u"hardlink")
            b.hardlink(QStringLiteral("./bot/shadow"), QStringLiteral("../../etc/shadow"));
        else if (name == u"abs-hardlink")
            b.hardlink(QStringLiteral("./bot/shadow"), QStringLiteral("/etc/shadow"));
        else if (name == u"device")
            b.special(QStringLiteral("./dev/null"), ArchiveBuilder::Type::CharDevice);
        else if (name == u"block")
            b.special(QStringLiteral("./dev/sda"), ArchiveBuilder::Type::BlockDevice);
        else if (name == u"fifo")
            b.special(QStringLiteral("./pipe"), ArchiveBuilder::Type::Fifo);
        else if (name == u"bomb") {
            // 64 MiB of zeros packs into ~64 KiB; the limit is 16 MiB.
            b.zeroes(QStringLiteral("./bomb.bin"), qint64(64) << 20);
            limits.maxUnpackedBytes = qint64(16) << 20;
        } else if (name == u"many") {
            limits.maxEntries = ArchiveBuilder::kkt10().entries.size() + 120;
            for (int i = 0; i < 200; ++i)
                b.file(QStringLiteral("./many/%1").arg(i), "x");
        } else if (name == u"topfolder") {
            ArchiveBuilder wrapped;
            for (ArchiveBuilder::Entry e : ArchiveBuilder::kkt10().entries) {
                e.name = QStringLiteral("kkt-app-1.0.0/") + e.name.mid(2);
                wrapped.entries << e;
            }
            b = wrapped;
        } else if (name == u"badversion") {
            b.remove(QStringLiteral("./VERSION")).file(QStringLiteral("./VERSION"), "one point oh");
        } else if (name == u"badmanifest") {
            b.file(QStringLiteral("./manifest.json"), R"({"version":"1.0.0","severity":"urgent"})");
        }
        const ArchiveInspection result =
            ArchiveInspector::inspect(build(name + QStringLiteral(".tar.gz"), b), limits);
        QCOMPARE(int(result.verdict), verdict);
        QCOMPARE(result.offendingEntry, offending);
        if (!offending.isEmpty())
            QVERIFY2(result.problem.contains(offending), qPrintable(result.problem));
        if (name == u"topfolder")
            QVERIFY2(result.problem.contains(QStringLiteral("kkt-app-1.0.0/")), qPrintable(result.problem));
    }

    void manifestAndVersionMustAgree()
    {
        ArchiveBuilder b = ArchiveBuilder::kkt10(QStringLiteral("1.0.1"));
        b.file(QStringLiteral("./manifest.json"), R"({"version":"1.0.2","severity":"major"})");
        ArchiveInspection result =
            ArchiveInspector::inspect(build(QStringLiteral("kkt-app-v1.0.1.tar.gz"), b));
        QCOMPARE(result.verdict, ArchiveInspection::Verdict::Malformed);
        QVERIFY(result.problem.contains(QStringLiteral("1.0.2")));

        ArchiveBuilder good = ArchiveBuilder::kkt10(QStringLiteral("1.0.1-test"));
        good.file(QStringLiteral("./manifest.json"),
                  R"({"version":"1.0.1-test","severity":"critical","database_migration":true,
                      "migration_steps":[{"type":"sql","description":"x","file":"database/migrations/012.sql"}]})");
        good.file(QStringLiteral("./database/migrations/012.sql"), "ALTER TABLE x;");
        result = ArchiveInspector::inspect(build(QStringLiteral("kkt-app-v1.0.1-test.tar.gz"), good));
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QCOMPARE(result.manifest->severity, ReleaseManifest::Severity::Critical);
    }

    void missingMigrationScript()
    {
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        b.file(
            QStringLiteral("./manifest.json"),
            R"({"version":"1.0.0","database_migration":true,"migration_steps":[{"type":"sql","file":"database/x.sql"}]})");
        const ArchiveInspection result =
            ArchiveInspector::inspect(build(QStringLiteral("noscript.tar.gz"), b));
        QCOMPARE(result.verdict, ArchiveInspection::Verdict::Malformed);
        QVERIFY(result.problem.contains(QStringLiteral("database/x.sql")));
    }

    void layoutNamesMissingParts()
    {
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        b.remove(QStringLiteral("./bot/main.py")).remove(QStringLiteral("./web/app/models.py"));
        const ArchiveInspection result =
            ArchiveInspector::inspect(build(QStringLiteral("nolayout.tar.gz"), b));
        QCOMPARE(result.verdict, ArchiveInspection::Verdict::Malformed);
        QVERIFY(result.problem.contains(QStringLiteral("bot/main.py")));
        QVERIFY(result.problem.contains(QStringLiteral("web/app/models.py")));
        // Without a payload profile the same archive is fine.
        QVERIFY(ArchiveInspector::inspect(m_dir + QStringLiteral("/nolayout.tar.gz"), {}, nullptr).ok());
    }

    void notAnArchive()
    {
        QFile file(m_dir + QStringLiteral("/garbage.tar.gz"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'x'));
        file.close();
        QCOMPARE(ArchiveInspector::inspect(file.fileName()).verdict, ArchiveInspection::Verdict::Malformed);
        QCOMPARE(ArchiveInspector::inspect(m_dir + QStringLiteral("/none.tar.gz")).verdict,
                 ArchiveInspection::Verdict::Unreadable);
    }

    void truncatedArchive()
    {
        const QString full = build(QStringLiteral("full.tar.gz"), ArchiveBuilder::kkt10());
        QFile in(full);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray data = in.readAll();
        QFile out(m_dir + QStringLiteral("/truncated.tar.gz"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data.left(data.size() / 2));
        out.close();
        QCOMPARE(ArchiveInspector::inspect(out.fileName()).verdict, ArchiveInspection::Verdict::Malformed);
    }

    void json()
    {
        const ArchiveInspection result = ArchiveInspector::inspect(
            build(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10()));
        const QJsonObject object = ArchiveInspector::toJson(result);
        QCOMPARE(object.value(QStringLiteral("verdict")).toString(), QStringLiteral("safe"));
        QCOMPARE(object.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(object.value(QStringLiteral("entries")).toArray().size(), result.entries.size());
    }
};

QTEST_GUILESS_MAIN(TestArchiveInspector)
#include "TestArchiveInspector.moc"
