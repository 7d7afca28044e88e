#include "TextTable.h"

TextTable::TextTable(QStringList header)
    : m_rows{std::move(header)}
{}

void TextTable::addRow(const QStringList& cells)
{
    m_rows << cells;
}

void TextTable::print(QTextStream& out) const
{
    QList<int> widths;
    for (const QStringList& row : m_rows) {
        for (int column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = qMax(widths[column], int(row.at(column).size()));
        }
    }
    for (const QStringList& row : m_rows) {
        QString line;
        for (int column = 0; column < row.size(); ++column)
            line += column + 1 == row.size()
                        ? row.at(column)
                        : row.at(column).leftJustified(widths.at(column)) + QStringLiteral("  ");
        out << line << u'\n';
    }
}
