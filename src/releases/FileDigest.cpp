#include "FileDigest.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

FileDigest::Result FileDigest::sha256(const QString& path, const std::atomic_bool* cancel,
                                      const Progress& progress)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        result.error = tr("SHA-256 is not available from the crypto library");
        return result;
    }
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            result.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
            return result;
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), size_t(n));
        done += n;
        if (progress)
            progress(done, total);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    result.sha256 = QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
    return result;
}
