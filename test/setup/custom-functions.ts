/*
 * A stand-in for the CustomFunctions global that office.js provides inside Excel: the Error
 * class and ErrorCode values the KA2.* functions throw. The webpack plugin's associate calls
 * are not in the source, so tests need nothing more.
 */
class CustomFunctionsError extends Error {
  constructor(
    readonly code: CustomFunctions.ErrorCode,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

Object.assign(globalThis, { CustomFunctions: { Error: CustomFunctionsError, ErrorCode } });
