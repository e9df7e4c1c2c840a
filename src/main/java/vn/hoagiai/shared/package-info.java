/**
 * Small value types, errors and web infrastructure used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.hoagiai.shared;
