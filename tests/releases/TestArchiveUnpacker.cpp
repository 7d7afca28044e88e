#include "releases/ArchiveUnpacker.h"

#include "support/ArchiveBuilder.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

class TestArchiveUnpacker : public QObject
{
    Q_OBJECT

    QString m_dir;

    static unsigned modeOf(const QString& path)
    {
        struct stat st
        {
        };
        lstat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 07777;
    }

private slots:
    void initTestCase() { m_dir = TestEnvironment::freshDirectory(QStringLiteral("unpacker")); }

    void unpacksWithOwnModes()
    {
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        b.file(QStringLiteral("./.env"), "X=1\n", 0777)
            .symlink(QStringLiteral("./web/bot"), QStringLiteral("../bot"));
        b.hardlink(QStringLiteral("./bot/main2.py"), QStringLiteral("./bot/main.py"));
        const QString archive = m_dir + QStringLiteral("/kkt-app-v1.0.0.tar.gz");
        QCOMPARE(b.write(archive), QString());
        const QString target = m_dir + QStringLiteral("/release-1.0.0");
        const ArchiveUnpacker::Result result = ArchiveUnpacker::unpack(archive, target);
        QVERIFY2(result.ok(), qPrintable(result.error));

        QFile version(target + QStringLiteral("/VERSION"));
        QVERIFY(version.open(QIODevice::ReadOnly));
        QCOMPARE(version.readAll(), QByteArray("1.0.0"));
        // Stored 0666/0777 are ignored.
        QCOMPARE(modeOf(target + QStringLiteral("/VERSION")), 0644u);
        QCOMPARE(modeOf(target + QStringLiteral("/deployment/deploy.sh")), 0644u);
        QCOMPARE(modeOf(target + QStringLiteral("/web/app")), 0755u);
        QCOMPARE(modeOf(target + QStringLiteral("/.env")), 0600u);
        QCOMPARE(QFileInfo(target + QStringLiteral("/web/bot")).symLinkTarget(),
                 target + QStringLiteral("/bot"));
        QCOMPARE(QFileInfo(target + QStringLiteral("/bot/main2.py")).size(),
                 QFileInfo(target + QStringLiteral("/bot/main.py")).size());
        // Nothing left beside it.
        QCOMPARE(
            QDir(m_dir).entryList(QStringList{QStringLiteral(".unpack-*")}, QDir::Dirs | QDir::Hidden).size(),
            0);
    }

    void refusesHostileAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("traversal") << "traversal";
        QTest::newRow("symlink") << "symlink";
        QTest::newRow("hardlink") << "hardlink";
        QTest::newRow("device") << "device";
    }
    void refusesHostileAndLeavesNothing()
    {
        QFETCH(QString, kind);
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        if (kind == u"traversal")
            b.file(QStringLiteral("../escaped.txt"), "x");
        else if (kind == u"symlink")
            b.symlink(QStringLiteral("./out"), QStringLiteral("../.."));
        else if (kind == u"hardlink")
            b.hardlink(QStringLiteral("./h"), QStringLiteral("/etc/hostname"));
        else
            b.special(QStringLiteral("./null"), ArchiveBuilder::Type::CharDevice);
        const QString archive = m_dir + u'/' + kind + QStringLiteral(".tar.gz");
        QCOMPARE(b.write(archive), QString());
        const QString target = m_dir + QStringLiteral("/out-") + kind;
        const ArchiveUnpacker::Result result = ArchiveUnpacker::unpack(archive, target);
        QVERIFY(!result.ok());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(m_dir + QStringLiteral("/escaped.txt")));
    }

    void bombStopsWhileWriting()
    {
        // The header is honest here, so inspection already stops it; the limit is checked on the bytes too.
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        b.zeroes(QStringLiteral("./big.bin"), qint64(8) << 20);
        const QString archive = m_dir + QStringLiteral("/bomb.tar.gz");
        QCOMPARE(b.write(archive), QString());
        ArchiveLimits limits;
        limits.maxUnpackedBytes = qint64(4) << 20;
        const ArchiveUnpacker::Result result =
            ArchiveUnpacker::unpack(archive, m_dir + QStringLiteral("/bomb"), limits);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QStringLiteral("big.bin")));
        QVERIFY(!QFileInfo::exists(m_dir + QStringLiteral("/bomb")));
    }

    void refusesExistingDestination()
    {
        const QString archive = m_dir + QStringLiteral("/again.tar.gz");
        QCOMPARE(ArchiveBuilder::kkt10().write(archive), QString());
        QDir().mkpath(m_dir + QStringLiteral("/exists"));
        QVERIFY(!ArchiveUnpacker::unpack(archive, m_dir + QStringLiteral("/exists")).ok());
    }
};

QTEST_GUILESS_MAIN(TestArchiveUnpacker)
#include "TestArchiveUnpacker.moc"
