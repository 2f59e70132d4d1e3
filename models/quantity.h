#pragma once

#include <QString>

#include <optional>

// Kubernetes resource quantities (apimachinery resource.Quantity): "100m", "0.5", "2", "128Mi",
// "1Gi", "1G", "1e3", "500k". Parsing is exact (integer arithmetic) and rounds up like
// Quantity.MilliValue()/Value(); negative, malformed or out-of-range input gives std::nullopt.
namespace Slipway {

// CPU in millicores: "100m" -> 100, "0.5" -> 500, "2" -> 2000.
std::optional<qint64> parseCpuMilli(const QString &text);
// Memory/storage in bytes: "128Mi" -> 134217728, "1G" -> 1000000000, "1e3" -> 1000.
std::optional<qint64> parseBytes(const QString &text);
// A plain count quantity such as pods "110" (rounded up like Quantity.Value()).
std::optional<qint64> parseCount(const QString &text);

// Canonical text: whole cores as "2", otherwise millicores "1500m".
QString formatCpuMilli(qint64 milli);
// Binary suffixes (Ki..Ei) when exact, else decimal suffixes (k..E) when exact, else plain bytes.
QString formatBytes(qint64 bytes);

} // namespace Slipway
