#pragma once

// Lookup of the stable JSON names of the run format's enums (runevent.cpp, runspec.cpp).

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Slipway::EnumNames {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QLatin1String>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QLatin1String>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == n)
            return e;
    }
    return std::nullopt;
}

} // namespace Slipway::EnumNames
