#include "releases/ReleaseCheck.h"

#include "support/ArchiveBuilder.h"
#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

class TestReleaseCheck : public QObject
{
    Q_OBJECT

    QString m_dir;

    QString build(const QString& name, const ArchiveBuilder& builder)
    {
        const QString path = m_dir + u'/' + name;
        return builder.write(path).isEmpty() ? path : QString();
    }

    static QByteArray sha(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                   : QByteArray();
    }

private slots:
    void initTestCase() { m_dir = TestEnvironment::freshDirectory(QStringLiteral("release-check")); }

    void intactAndSafe()
    {
        const QString path = build(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10());
        std::atomic<qint64> last{0};
        const ReleaseCheck::Result result =
            ReleaseCheck::run(path, ChecksumFile::parse(sha(path) + "  kkt-app-v1.0.0.tar.gz\r\n"), {},
                              &PayloadLayout::kkt10(), nullptr, [&](qint64 done, qint64) { last = done; });
        QVERIFY2(result.ok(), qPrintable(result.problem()));
        QVERIFY(result.problem().isEmpty());
        QCOMPARE(last.load(), QFileInfo(path).size());
        QCOMPARE(result.inspection.version->toString(), QStringLiteral("1.0.0"));
    }

    void checksumComesFirst()
    {
        // Both wrong: the checksum is what the user hears about first.
        const QString path = build(QStringLiteral("bad.tar.gz"),
                                   ArchiveBuilder::kkt10().file(QStringLiteral("/etc/passwd"), "x"));
        const ReleaseCheck::Result result = ReleaseCheck::run(path, QByteArray(64, 'a'));
        QVERIFY(!result.ok());
        QCOMPARE(result.checksum.outcome, ChecksumVerifier::Outcome::Mismatch);
        QCOMPARE(result.inspection.verdict, ArchiveInspection::Verdict::Unsafe);
        QVERIFY(result.problem().contains(QStringLiteral("checksum mismatch")));
    }

    void intactButUnsafe()
    {
        const QString path =
            build(QStringLiteral("unsafe.tar.gz"),
                  ArchiveBuilder::kkt10().symlink(QStringLiteral("./x"), QStringLiteral("../..")));
        const ReleaseCheck::Result result = ReleaseCheck::run(path, sha(path));
        QVERIFY(result.checksum.ok());
        QVERIFY(!result.ok());
        QVERIFY(result.problem().contains(QStringLiteral("./x")));
    }

    void cancelled()
    {
        const QString path = build(QStringLiteral("c.tar.gz"), ArchiveBuilder::kkt10());
        std::atomic_bool cancel{true};
        const ReleaseCheck::Result result =
            ReleaseCheck::run(path, sha(path), {}, &PayloadLayout::kkt10(), &cancel);
        QCOMPARE(result.checksum.outcome, ChecksumVerifier::Outcome::Cancelled);
        QCOMPARE(result.inspection.verdict, ArchiveInspection::Verdict::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestReleaseCheck)
#include "TestReleaseCheck.moc"
