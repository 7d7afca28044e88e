#include "releases/ChecksumVerifier.h"

#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

class TestChecksumVerifier : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString m_archive;
    QByteArray m_sha;

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("verifier"));
        m_archive = m_dir + QStringLiteral("/kkt-app-v1.0.0.tar.gz");
        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data += char(i * 7);
        QFile out(m_archive);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        m_sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    void matches()
    {
        qint64 last = 0;
        const auto verdict = ChecksumVerifier::verify(
            m_archive, ChecksumFile::parse("\xEF\xBB\xBF" + m_sha + "  kkt-app-v1.0.0.tar.gz\r\n"), nullptr,
            [&](qint64 done, qint64) { last = done; });
        QVERIFY2(verdict.ok(), qPrintable(verdict.message));
        QCOMPARE(verdict.actual, m_sha);
        QCOMPARE(last, QFileInfo(m_archive).size());
    }

    void mismatchNamesFileExpectedAndActual()
    {
        QByteArray wrong = m_sha;
        wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
        const auto verdict =
            ChecksumVerifier::verify(m_archive, ChecksumFile::parse(wrong + " *kkt-app-v1.0.0.tar.gz\n"));
        QCOMPARE(verdict.outcome, ChecksumVerifier::Outcome::Mismatch);
        QVERIFY(verdict.message.contains(QStringLiteral("kkt-app-v1.0.0.tar.gz")));
        QVERIFY(verdict.message.contains(QString::fromLatin1(wrong)));
        QVERIFY(verdict.message.contains(QString::fromLatin1(m_sha)));
    }

    void explicitHash()
    {
        QVERIFY(ChecksumVerifier::verify(m_archive, m_sha.toUpper()).ok());
        QCOMPARE(ChecksumVerifier::verify(m_archive, QByteArray("abc")).outcome,
                 ChecksumVerifier::Outcome::BadChecksums);
    }

    void notListed()
    {
        const auto verdict =
            ChecksumVerifier::verify(m_archive, ChecksumFile::parse(m_sha + "  other.tar.gz\n"));
        QCOMPARE(verdict.outcome, ChecksumVerifier::Outcome::NotListed);
        QVERIFY(verdict.message.contains(QStringLiteral("other.tar.gz")));
    }

    void emptyChecksums()
    {
        QCOMPARE(ChecksumVerifier::verify(m_archive, ChecksumFile::parse("\n\n")).outcome,
                 ChecksumVerifier::Outcome::BadChecksums);
    }

    void unreadable()
    {
        QCOMPARE(ChecksumVerifier::verify(m_dir + QStringLiteral("/missing.tar.gz"), m_sha).outcome,
                 ChecksumVerifier::Outcome::Unreadable);
    }

    void cancels()
    {
        std::atomic_bool cancel{true};
        QCOMPARE(ChecksumVerifier::verify(m_archive, m_sha, &cancel).outcome,
                 ChecksumVerifier::Outcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestChecksumVerifier)
#include "TestChecksumVerifier.moc"
