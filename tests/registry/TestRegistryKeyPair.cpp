#include "RegistryTestDatabase.h"
#include "registry/Registry.h"
#include "registry/RegistryKeyPair.h"
#include "registry/RegistryKeychain.h"

#include <QTest>

using DB = RegistryTestDatabase;

// The registry's key pair against a real SQLite registry and the real Secret Service of
// scripts/with-keyring.sh.
class TestRegistryKeyPair : public QObject
{
    Q_OBJECT

    std::unique_ptr<Registry> m_registry;
    SealedBox::KeyPair m_keys;

private Q_SLOTS:
    void init()
    {
        const RegistryTarget target = DB::sqlite();
        QString error;
        QVERIFY2(DB::migrate(target, &error), qPrintable(error));
        m_registry = std::make_unique<Registry>(target);
        QVERIFY2(m_registry->open(&error), qPrintable(error));
        m_keys = SealedBox::generate();
        QCOMPARE(m_keys.publicKey.size(), 32);
        QVERIFY2(m_registry->addPublicKey(m_keys.publicKey, &error), qPrintable(error));
    }

    void cleanup()
    {
        QString ignored;
        RegistryKeychain::remove(RegistryKeyPair::keychainEntry(m_keys.publicKey), &ignored);
        SealedBox::wipe(m_keys.secretKey);
        m_registry.reset();
    }

    void fingerprintIsTheKeysSha256()
    {
        // ssh-keygen's form: SHA256: and the unpadded base64 of the digest (43 characters).
        const QString fingerprint = RegistryKeyPair::fingerprint(m_keys.publicKey);
        QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(fingerprint.size(), 7 + 43);
        QVERIFY(fingerprint != RegistryKeyPair::fingerprint(SealedBox::generate().publicKey));
    }

    void opensWhatIsSealedWhenTheKeychainHoldsTheKey()
    {
        const QString sealed =
            SealedCredentials{QStringLiteral("admin"), QStringLiteral("s3cret")}.seal(m_keys.publicKey);
        QString error;
        QVERIFY(!RegistryKeyPair::privateKeyHeld(*m_registry));
        QVERIFY(!RegistryKeyPair::open(*m_registry, sealed, QStringLiteral("INST-1"), &error));
        QCOMPARE(error, QStringLiteral("The registry private key is not in this computer’s keychain"));

        error.clear();
        QVERIFY2(RegistryKeychain::write(RegistryKeyPair::keychainEntry(m_keys.publicKey), m_keys.secretKey,
                                         &error),
                 qPrintable(error));
        QVERIFY(RegistryKeyPair::privateKeyHeld(*m_registry));
        const auto opened = RegistryKeyPair::open(*m_registry, sealed, QStringLiteral("INST-1"), &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->username, QStringLiteral("admin"));
        QCOMPARE(opened->password, QStringLiteral("s3cret"));
        // Who opened which credentials is in the audit log.
        QCOMPARE(DB::column(m_registry->database(&error),
                            QStringLiteral("SELECT target FROM audit_log WHERE action = 'credentials.open'")),
                 QStringLiteral("INST-1"));
    }

    void refusesCredentialsSealedWithAnotherKey()
    {
        QString error;
        QVERIFY2(RegistryKeychain::write(RegistryKeyPair::keychainEntry(m_keys.publicKey), m_keys.secretKey,
                                         &error),
                 qPrintable(error));
        const QString sealed = SealedCredentials{QStringLiteral("admin"), QStringLiteral("pw")}.seal(
            SealedBox::generate().publicKey);
        QVERIFY(!RegistryKeyPair::open(*m_registry, sealed, QStringLiteral("INST-2"), &error));
        QCOMPARE(error, QStringLiteral(
                            "These credentials were sealed with another registry key and cannot be opened"));
        QCOMPARE(
            DB::column(m_registry->database(&error),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'credentials.open'")),
            QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryKeyPair)
#include "TestRegistryKeyPair.moc"
