#include "releases/ChecksumFile.h"

#include "support/TestEnvironment.h"

#include <QFile>
#include <QTest>

namespace {
const QByteArray hashA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
const QByteArray hashB = "B94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9";
} // namespace

class TestChecksumFile : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("sha256sum text") << hashA + "  kkt-app-v1.0.0.tar.gz\n"
                                        << "kkt-app-v1.0.0.tar.gz" << hashA;
        QTest::newRow("sha256sum binary") << hashA + " *kkt-app-v1.0.0.tar.gz\n"
                                          << "kkt-app-v1.0.0.tar.gz" << hashA;
        QTest::newRow("single space") << hashA + " kkt-app-v1.0.0.tar.gz"
                                      << "kkt-app-v1.0.0.tar.gz" << hashA;
        QTest::newRow("BSD") << "SHA256 (kkt-app-v1.0.0.tar.gz) = " + hashA + "\n"
                             << "kkt-app-v1.0.0.tar.gz" << hashA;
        QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF" + hashA + "  kkt-app-v1.0.0.tar.gz\r\n"
                                      << "kkt-app-v1.0.0.tar.gz" << hashA;
        QTest::newRow("upper-case hex") << hashB + "  a.tar.gz\n"
                                        << "a.tar.gz" << hashB.toLower();
        QTest::newRow("blank lines") << "\n\r\n" + hashA + "  a.tar.gz\r\n\r\n\n"
                                     << "a.tar.gz" << hashA;
        QTest::newRow("name with spaces") << hashA + "  my release.tar.gz\n"
                                          << "my release.tar.gz" << hashA;
        QTest::newRow("escaped name") << "\\" + hashA + "  a\\\\b.tar.gz\n"
                                      << "a\\b.tar.gz" << hashA;
        QTest::newRow("folder in name") << hashA + "  dist/a.tar.gz\n"
                                        << "a.tar.gz" << hashA;
        QTest::newRow("no final newline") << hashA + "  a.tar.gz"
                                          << "a.tar.gz" << hashA;
    }
    void formats()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QByteArray, hash);
        const ChecksumFile file = ChecksumFile::parse(text);
        QVERIFY2(file.errors().isEmpty(), qPrintable(file.errors().join(u'\n')));
        QCOMPARE(file.entries().size(), 1);
        QCOMPARE(file.find(name), std::optional<QByteArray>(hash));
    }

    void severalFiles()
    {
        const ChecksumFile file =
            ChecksumFile::parse("\xEF\xBB\xBF" + hashA + "  a.tar.gz\r\n" + hashB.toLower() +
                                " *manifest.json\r\nSHA256 (CHANGELOG.md) = " + hashA + "\r\n");
        QCOMPARE(file.entries().size(), 3);
        QCOMPARE(*file.find(QStringLiteral("manifest.json")), hashB.toLower());
        QVERIFY(!file.find(QStringLiteral("other.tar.gz")));
    }

    void reportsBadLines()
    {
        const ChecksumFile file =
            ChecksumFile::parse(hashA + "  good.tar.gz\nnot a checksum\n" + hashA.left(63) +
                                "  short.tar.gz\nMD5 (x) = d41d8cd98f00b204e9800998ecf8427e\n");
        QCOMPARE(file.entries().size(), 1);
        QCOMPARE(file.errors().size(), 3);
        QVERIFY(file.errors().at(0).startsWith(QStringLiteral("line 2")));
        QVERIFY(file.errors().at(1).startsWith(QStringLiteral("line 3")));
    }

    void loadsFromDisk()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("checksums"));
        QFile out(dir + QStringLiteral("/checksums.txt"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("\xEF\xBB\xBF" + hashA + "  kkt-app-v1.0.0.tar.gz\r\n");
        out.close();
        QCOMPARE(ChecksumFile::load(out.fileName()).entries().size(), 1);
        const ChecksumFile missing = ChecksumFile::load(dir + QStringLiteral("/none.txt"));
        QCOMPARE(missing.errors().size(), 1);
        QVERIFY(missing.errors().first().contains(QStringLiteral("none.txt")));
    }
};

QTEST_GUILESS_MAIN(TestChecksumFile)
#include "TestChecksumFile.moc"
