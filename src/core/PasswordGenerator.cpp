#include "PasswordGenerator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
const QString lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
const QString digits = QStringLiteral("23456789");
const QString specials = QStringLiteral("!#%+-=@^_~");

QChar pick(const QString& alphabet)
{
    return alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
}

} // namespace

QString PasswordGenerator::fromAlphabet(int length, const QString& alphabet)
{
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result += pick(alphabet);
    return result;
}

QString PasswordGenerator::adminPassword(int length)
{
    length = std::max(length, 12);
    // One of each class guaranteed, the rest from all of them, then shuffled.
    QString result = QString(pick(upper)) + pick(lower) + pick(digits) + pick(specials);
    result += fromAlphabet(length - 4, upper + lower + digits + specials);
    for (qsizetype i = result.size() - 1; i > 0; --i)
        std::swap(result[i], result[QRandomGenerator::system()->bounded(int(i + 1))]);
    return result;
}

QString PasswordGenerator::urlSafe(int length)
{
    return fromAlphabet(length,
                        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"));
}
