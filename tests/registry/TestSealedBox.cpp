#include "registry/SealedBox.h"

#include <QTest>

class TestSealedBox : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void othersCannotOpen();
};

void TestSealedBox::roundTrip()
{
    const SealedBox::KeyPair keys = SealedBox::generate();
    QCOMPARE(keys.publicKey.size(), 32);
    QCOMPARE(keys.secretKey.size(), 32);
    const QByteArray plain = R"({"username":"admin","password":"s3cr3t-Пароль"})";
    const QByteArray sealed = SealedBox::seal(plain, keys.publicKey);
    QCOMPARE(sealed.size(), plain.size() + 48);
    QVERIFY(!sealed.contains("s3cr3t"));
    // Sealing twice gives different boxes (ephemeral keys).
    QVERIFY(SealedBox::seal(plain, keys.publicKey) != sealed);
    const auto opened = SealedBox::open(sealed, keys);
    QVERIFY(opened);
    QCOMPARE(*opened, plain);
}

void TestSealedBox::othersCannotOpen()
{
    const SealedBox::KeyPair keys = SealedBox::generate();
    const SealedBox::KeyPair other = SealedBox::generate();
    QByteArray sealed = SealedBox::seal("secret", keys.publicKey);
    QVERIFY(!SealedBox::open(sealed, other));
    sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 1);
    QVERIFY(!SealedBox::open(sealed, keys));
    QVERIFY(SealedBox::seal("secret", QByteArray(5, 'x')).isEmpty());
    QByteArray secret = keys.secretKey;
    SealedBox::wipe(secret);
    QVERIFY(secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestSealedBox)
#include "TestSealedBox.moc"
