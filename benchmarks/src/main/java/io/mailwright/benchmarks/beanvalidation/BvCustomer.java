package io.mailwright.benchmarks.beanvalidation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Must contain a valid customer id or an email address. */
public class BvCustomer {
  /** Type of photo. */
  public enum PhotoTypeEnum { UNKNOWN, GRAVATAR, TWITTER, FACEBOOK, GOOGLEPROFILE, GOOGLEPLUS, LINKEDIN, INSTAGRAM }

  /** Gender of this customer. */
  public enum GenderEnum { MALE, FEMALE, UNKNOWN }

  private Long id;
  private String email;
  private String firstName;
  private String lastName;
  private String phone;
  private String photoUrl;
  private String jobTitle;
  private PhotoTypeEnum photoType;
  private String background;
  private String location;
  private String organization;
  private GenderEnum gender;
  private String age;

  public BvCustomer id(Long id) {
    this.id = id;
    return this;
  }

  public Long getId() {
    return id;
  }

  public BvCustomer email(String email) {
    this.email = email;
    return this;
  }

  /** {@code @Email} added by hand: the generator leaves it out for a single {@code format: email}. */
  @Email
  public String getEmail() {
    return email;
  }

  public BvCustomer firstName(String firstName) {
    this.firstName = firstName;
    return this;
  }

  @Size(min = 1, max = 40)
  public String getFirstName() {
    return firstName;
  }

  public BvCustomer lastName(String lastName) {
    this.lastName = lastName;
    return this;
  }

  @Size(min = 1, max = 40)
  public String getLastName() {
    return lastName;
  }

  public BvCustomer phone(String phone) {
    this.phone = phone;
    return this;
  }

  public String getPhone() {
    return phone;
  }

  public BvCustomer photoUrl(String photoUrl) {
    this.photoUrl = photoUrl;
    return this;
  }

  @Size(max = 200)
  public String getPhotoUrl() {
    return photoUrl;
  }

  public BvCustomer jobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
    return this;
  }

  @Size(max = 60)
  public String getJobTitle() {
    return jobTitle;
  }

  public BvCustomer photoType(PhotoTypeEnum photoType) {
    this.photoType = photoType;
    return this;
  }

  public PhotoTypeEnum getPhotoType() {
    return photoType;
  }

  public BvCustomer background(String background) {
    this.background = background;
    return this;
  }

  @Size(max = 200)
  public String getBackground() {
    return background;
  }

  public BvCustomer location(String location) {
    this.location = location;
    return this;
  }

  @Size(max = 60)
  public String getLocation() {
    return location;
  }

  public BvCustomer organization(String organization) {
    this.organization = organization;
    return this;
  }

  @Size(max = 60)
  public String getOrganization() {
    return organization;
  }

  public BvCustomer gender(GenderEnum gender) {
    this.gender = gender;
    return this;
  }

  public GenderEnum getGender() {
    return gender;
  }

  public BvCustomer age(String age) {
    this.age = age;
    return this;
  }

  public String getAge() {
    return age;
  }

  /** Added by hand: "Must contain a valid customer id or an email address". */
  @AssertTrue(message = "must have id or email")
  public boolean isIdOrEmail() {
    return id != null || email != null;
  }
}
