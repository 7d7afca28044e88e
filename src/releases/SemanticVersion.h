#pragma once

#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

// A semantic version (semver.org 2.0): MAJOR.MINOR.PATCH, optional pre-release identifiers
// (`1.0.1-test`, `2.0.0-rc.2`) and build metadata. Tags like `v1.0.0` are tolerated.
class SemanticVersion
{
public:
    SemanticVersion() = default;
    SemanticVersion(int major, int minor, int patch, QStringList preRelease = {});

    // nullopt unless the whole text (after trimming and one leading `v`/`V`) is a version.
    static std::optional<SemanticVersion> parse(QStringView text);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    const QStringList& preRelease() const { return m_preRelease; }
    bool isPreRelease() const { return !m_preRelease.isEmpty(); }
    QString build() const { return m_build; }

    // Without the `v` prefix, e.g. "1.0.1-test"; safe as a folder name.
    QString toString() const;

    // Precedence as semver defines it; build metadata does not count.
    std::strong_ordering operator<=>(const SemanticVersion& other) const;
    bool operator==(const SemanticVersion& other) const { return (*this <=> other) == 0; }

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QStringList m_preRelease;
    QString m_build;
};
