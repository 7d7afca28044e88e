// SftpUpload through SshSession: 50 MiB arrive identical with mode and owner, in place, and a cancelled
// upload leaves nothing half-written.
#include "ssh/SshSession.h"
#include "support/SshSessionFixture.h"
#include "support/TestEnvironment.h"
#include "support/TestSshd.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <sys/stat.h>

namespace {

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestSftpUpload : public QObject
{
    Q_OBJECT

private:
    SshSessionFixture m_ssh{QStringLiteral("sshd-upload")};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ssh.start(), qPrintable(m_ssh.error())); }

    void uploadArrivesIdentical()
    {
        const QString dir = TestEnvironment::freshDirectory(QStringLiteral("upload"));
        const QString local = dir + QStringLiteral("/payload.bin");
        {
            QFile file(local);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int i = 0; i < 50; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()),
                                                      block.size() / 4);
                file.write(block);
            }
        }
        const QString remote = dir + QStringLiteral("/remote/target.bin");
        QDir().mkpath(dir + QStringLiteral("/remote"));
        QFile old(remote);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();

        SshSession session;
        session.setTarget(m_ssh.rootTarget());
        QVERIFY(session.open().ok());
        qint64 lastSent = -1, total = 0;
        const auto progress =
            connect(&session, &SshSession::uploadProgress, this, [&](qint64 sent, qint64 all) {
                QVERIFY(sent >= lastSent);
                lastSent = sent;
                total = all;
            });
        SshSession::UploadOptions options;
        options.mode = 0640;
        options.owner = TestSshd::testUser();
        const SshError error = session.upload(local, remote, options);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(lastSent, qint64(50 << 20));
        QCOMPARE(total, qint64(50 << 20));
        QCOMPARE(sha256Of(remote), sha256Of(local));
        const QFileInfo info(remote);
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(remote).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0640));
        QCOMPARE(info.owner(), TestSshd::testUser());
        QCOMPARE(QDir(dir + QStringLiteral("/remote")).entryList(QDir::Files | QDir::Hidden).size(), 1);

        disconnect(progress);
        // Without owner change and check the upload needs no remote shell (SFTP setstat + posix-rename);
        // it replaces the file in place.
        SshSession::UploadOptions plain;
        plain.mode = 0600;
        plain.verifySha256 = false;
        QVERIFY(session.upload(local, remote, plain).ok());
        QCOMPARE(sha256Of(remote), sha256Of(local));
        QCOMPARE(::stat(QFile::encodeName(remote).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));
        QCOMPARE(QDir(dir + QStringLiteral("/remote")).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // Cancel: nothing half-written stays behind.
        const QString other = dir + QStringLiteral("/remote/other.bin");
        connect(&session, &SshSession::uploadProgress, this, [&](qint64 sent, qint64) {
            if (sent > 0)
                session.cancel();
        });
        QCOMPARE(session.upload(local, other, options).kind, SshError::Cancelled);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(QDir(dir + QStringLiteral("/remote")).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSftpUpload)
#include "TestSftpUpload.moc"
