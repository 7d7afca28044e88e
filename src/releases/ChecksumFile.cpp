#include "ChecksumFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QRegularExpression bsdLine(QStringLiteral(R"(^SHA256 ?\((.+)\) ?= ?([0-9A-Fa-f]{64})$)"));

// sha256sum writes names with a newline or backslash escaped and marks such lines with a leading `\`.
QString unescape(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == u'\\' && i + 1 < name.size()) {
            const QChar next = name.at(++i);
            out += next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : next;
        } else {
            out += name.at(i);
        }
    }
    return out;
}

} // namespace

bool ChecksumFile::isSha256(QByteArrayView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

ChecksumFile ChecksumFile::parse(const QByteArray& text)
{
    ChecksumFile file;
    QByteArray data = text;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QString lineText = QString::fromUtf8(line);
        if (const QRegularExpressionMatch bsd = bsdLine.match(lineText); bsd.hasMatch()) {
            file.m_entries.append({bsd.captured(1), bsd.captured(2).toLatin1().toLower()});
            continue;
        }
        bool escaped = line.startsWith('\\');
        const QByteArray body = escaped ? line.mid(1) : line;
        // `HASH  name` (text mode), `HASH *name` (binary mode); a single space is what some tools write.
        if (body.size() > 65 && isSha256(QByteArrayView(body).first(64)) && body.at(64) == ' ') {
            qsizetype start = 65;
            if (body.size() > 66 && (body.at(65) == ' ' || body.at(65) == '*'))
                start = 66;
            QString name = QString::fromUtf8(body.mid(start));
            if (escaped)
                name = unescape(name);
            if (!name.isEmpty()) {
                file.m_entries.append({name, body.first(64).toLower()});
                continue;
            }
        }
        file.m_errors << tr("line %1: “%2” is not a SHA-256 checksum line — expected “<64 hex digits>  <file "
                            "name>” or “SHA256 (<file name>) = <64 hex digits>”")
                             .arg(n + 1)
                             .arg(lineText.left(80));
    }
    return file;
}

ChecksumFile ChecksumFile::load(const QString& path)
{
    QFile in(path);
    // A checksums file is a few lines; a huge one is not a checksums file.
    constexpr qint64 maxSize = 1 << 20;
    if (!in.open(QIODevice::ReadOnly)) {
        ChecksumFile file;
        file.m_errors
            << tr("checksums file %1 cannot be read: %2 — check the path").arg(path, in.errorString());
        return file;
    }
    if (in.size() > maxSize) {
        ChecksumFile file;
        file.m_errors
            << tr("checksums file %1 is larger than 1 MiB — give the checksums.txt of the release").arg(path);
        return file;
    }
    return parse(in.readAll());
}

std::optional<QByteArray> ChecksumFile::find(const QString& fileName) const
{
    for (const ChecksumEntry& entry : m_entries) {
        if (entry.fileName == fileName)
            return entry.sha256;
    }
    for (const ChecksumEntry& entry : m_entries) {
        QString listed = entry.fileName;
        listed.replace(u'\\', u'/');
        if (QFileInfo(listed).fileName() == fileName)
            return entry.sha256;
    }
    return std::nullopt;
}
