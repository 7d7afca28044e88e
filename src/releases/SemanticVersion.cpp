#include "SemanticVersion.h"

#include <QRegularExpression>

namespace {

// semver.org's own grammar: no leading zeros in numbers, identifiers of [0-9A-Za-z-].
const QRegularExpression versionPattern(QStringLiteral(
    R"(^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8}))"
    R"((?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?)"
    R"((?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$)"));

bool isNumeric(const QString& identifier)
{
    return std::all_of(identifier.cbegin(), identifier.cend(), [](QChar c) { return c.isDigit(); });
}

std::strong_ordering compareIdentifiers(const QString& a, const QString& b)
{
    const bool aNumeric = isNumeric(a);
    const bool bNumeric = isNumeric(b);
    if (aNumeric && bNumeric) {
        // Long numbers compare by length first, so no overflow.
        if (a.size() != b.size())
            return a.size() <=> b.size();
        return a.compare(b) <=> 0;
    }
    if (aNumeric != bNumeric)
        return aNumeric ? std::strong_ordering::less : std::strong_ordering::greater;
    return a.compare(b, Qt::CaseSensitive) <=> 0;
}

} // namespace

SemanticVersion::SemanticVersion(int major, int minor, int patch, QStringList preRelease)
    : m_major(major)
    , m_minor(minor)
    , m_patch(patch)
    , m_preRelease(std::move(preRelease))
{}

std::optional<SemanticVersion> SemanticVersion::parse(QStringView text)
{
    QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'v') || trimmed.startsWith(u'V'))
        trimmed = trimmed.mid(1);
    const QRegularExpressionMatch match = versionPattern.match(trimmed.toString());
    if (!match.hasMatch())
        return std::nullopt;
    SemanticVersion version(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (match.hasCaptured(4))
        version.m_preRelease = match.captured(4).split(u'.');
    if (match.hasCaptured(5))
        version.m_build = match.captured(5);
    return version;
}

QString SemanticVersion::toString() const
{
    QString text = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_preRelease.isEmpty())
        text += u'-' + m_preRelease.join(u'.');
    if (!m_build.isEmpty())
        text += u'+' + m_build;
    return text;
}

std::strong_ordering SemanticVersion::operator<=>(const SemanticVersion& other) const
{
    if (auto c = m_major <=> other.m_major; c != 0)
        return c;
    if (auto c = m_minor <=> other.m_minor; c != 0)
        return c;
    if (auto c = m_patch <=> other.m_patch; c != 0)
        return c;
    // A pre-release comes before its release.
    if (m_preRelease.isEmpty() || other.m_preRelease.isEmpty())
        return m_preRelease.isEmpty() <=> other.m_preRelease.isEmpty();
    const qsizetype common = std::min(m_preRelease.size(), other.m_preRelease.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (auto c = compareIdentifiers(m_preRelease.at(i), other.m_preRelease.at(i)); c != 0)
            return c;
    }
    return m_preRelease.size() <=> other.m_preRelease.size();
}
