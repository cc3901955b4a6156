# Crypto adapter tests: hasher, JWT service, message signer, keyed hasher (RFC 4231), session keys, ids, secrets.
# OpenSSL is linked so the tests can forge correctly signed tokens that only the claim and header checks may reject,
# and check the session keys' MAC and digest independently.
add_executable(adapters_crypto_tests
  ${CMAKE_CURRENT_LIST_DIR}/crypto_password_hasher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crypto_bounded_hasher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crypto_jwt_token_service_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crypto_message_signer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crypto_keyed_hasher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crypto_session_keys_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crypto_random_test.cpp
)
target_link_libraries(adapters_crypto_tests PRIVATE offertracker_crypto offertracker_test_main OpenSSL::Crypto
  Threads::Threads)
add_test(NAME adapters_crypto COMMAND adapters_crypto_tests)
set_tests_properties(adapters_crypto PROPERTIES LABELS adapters)
