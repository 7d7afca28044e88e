#include "RegistryKeychain.h"

#include "secrets/SecretStore.h"

#include <QEventLoop>

namespace {

// Binary values (the private key) are kept as base64 text; the "b64:" mark tells them apart.
const QString binaryMark = QStringLiteral("b64:");

// Runs one SecretStore call to its answer (SecretStore guarantees one, at the latest on timeout).
SecretStore::Result wait(const std::function<void(SecretStore&, SecretStore::Callback)>& call)
{
    SecretStore store;
    QEventLoop loop;
    SecretStore::Result result;
    bool answered = false;
    call(store, [&](const SecretStore::Result& r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return result;
}

} // namespace

QString RegistryKeychain::service()
{
    return SecretStore::serviceName();
}

bool RegistryKeychain::read(const QString& key, QByteArray* value, QString* error)
{
    error->clear();
    const SecretStore::Result r =
        wait([&](SecretStore& s, SecretStore::Callback done) { s.read(key, done); });
    if (r.status == SecretStore::Status::NotFound)
        return false;
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    *value = r.secret.startsWith(binaryMark)
                 ? QByteArray::fromBase64(r.secret.mid(binaryMark.size()).toLatin1())
                 : r.secret.toUtf8();
    return true;
}

bool RegistryKeychain::write(const QString& key, const QByteArray& value, QString* error)
{
    error->clear();
    const QString text = binaryMark + QString::fromLatin1(value.toBase64());
    const SecretStore::Result r =
        wait([&](SecretStore& s, SecretStore::Callback done) { s.write(key, text, done); });
    if (!r.ok())
        *error = r.message;
    return r.ok();
}

bool RegistryKeychain::remove(const QString& key, QString* error)
{
    error->clear();
    const SecretStore::Result r =
        wait([&](SecretStore& s, SecretStore::Callback done) { s.remove(key, done); });
    if (!r.ok() && r.status != SecretStore::Status::NotFound) {
        *error = r.message;
        return false;
    }
    return true;
}
