// Keeps the token-signing secret in the data directory when none is configured: read it, or generate it once.
#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace offertracker::app {

// The secret in use and whether this call wrote it, so the caller can log
// "generated a new token secret in <path>". The secret itself must never be logged.
struct loaded_secret {
    std::string secret;
    std::filesystem::path path;  // data_dir / "token_secret"
    bool created = false;
};

// Thrown when the file exists but cannot be used (unreadable, shorter than 32 characters after
// trimming, or open to group or others: the message names the file and `chmod 600` as the fix) or cannot be written (no permission, disk full), or when the generator returns fewer
// than 32 characters. The message names the path and never contains the secret.
class secret_file_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The minimum length of a token secret, here and in --token-secret.
inline constexpr std::size_t minimum_secret_length = 32;

// Reads data_dir/token_secret (surrounding whitespace trimmed) if it exists. Otherwise creates
// data_dir (like mkdir -p, new directories 0700), calls `generator` for fresh random text and publishes it as
// data_dir/token_secret with mode 0600, complete or not at all. Safe when several processes or
// threads start at once on the same directory: exactly one creates the file and all return its
// content. Throws secret_file_error as described above.
[[nodiscard]] loaded_secret load_or_create_secret(std::filesystem::path const& data_dir,
                                                  std::function<std::string()> const& generator);

}  // namespace offertracker::app
